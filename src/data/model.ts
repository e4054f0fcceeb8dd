import { loadModel } from './load-model.ts';

/** The incident model, read and validated once per build; every page and island prop comes from here. */
export const model = loadModel();

/** Thrown when a page or tool asks for a level the model does not define. */
export class UnknownLevelError extends Error {
	constructor(id: string) {
		super(`Unknown severity level "${id}"; the model defines ${model.levels.map((l) => l.id).join(', ')}`);
		this.name = 'UnknownLevelError';
	}
}

export function getLevel(id: string) {
	const level = model.levels.find((l) => l.id === id);
	if (!level) throw new UnknownLevelError(id);
	return level;
}

const levelRanks = new Map(model.levels.map((level, index) => [level.id, index]));

/** Position of a level in the model, most severe first; an id the model lacks sorts last. */
export function severityRank(id: string): number {
	return levelRanks.get(id) ?? model.levels.length;
}

export function getRole(id: string) {
	const role = model.roles.find((r) => r.id === id);
	if (!role) throw new Error(`Unknown role "${id}"; the model defines ${model.roles.map((r) => r.id).join(', ')}`);
	return role;
}

export function getPhase(id: string) {
	const phase = model.lifecycle.phases.find((p) => p.id === id);
	if (!phase)
		throw new Error(
			`Unknown lifecycle phase "${id}"; the model defines ${model.lifecycle.phases.map((p) => p.id).join(', ')}`,
		);
	return phase;
}

/** A phase's timebox as it reads inside a sentence, e.g. "within 48 hours". */
export function phaseTimebox(id: string): string {
	const { timebox } = getPhase(id);
	return timebox.charAt(0).toLowerCase() + timebox.slice(1);
}
