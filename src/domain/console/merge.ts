import type { Entry, FactKey, Incident } from './incident-schema.ts';
import { byTime } from './incident.ts';

/**
 * JSON with every object's keys in alphabetical order, so two copies with the same content give the same
 * text whether they were built in a tab or read back from storage.
 */
export function canonicalJson(value: unknown): string {
	return JSON.stringify(value, (_, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
			: v,
	);
}

/**
 * Of two versions of the same fact or entry, the one edited last. A tie (two tabs in the same millisecond)
 * is settled by the content of each, so every tab settles it the same way.
 */
function newer<T extends { edited: number }>(a: T, b: T): T {
	if (a.edited !== b.edited) return a.edited > b.edited ? a : b;
	return canonicalJson(a) >= canonicalJson(b) ? a : b;
}

/** Thrown when asked to merge two different incidents. */
export class DifferentIncidentsError extends Error {
	constructor(a: string, b: string) {
		super(`Cannot merge incident "${a}" with incident "${b}"`);
		this.name = 'DifferentIncidentsError';
	}
}

/**
 * Two copies of one incident as one: every entry of either (matched by id, the later edit of each), and
 * each fact's later version. Order does not matter and merging again changes nothing, so tabs that
 * exchange copies in any order end up with the same incident and no entry is lost.
 */
export function mergeIncidents(a: Incident, b: Incident): Incident {
	if (a.id !== b.id) throw new DifferentIncidentsError(a.id, b.id);
	const facts = { ...a.facts };
	for (const key of Object.keys(b.facts) as FactKey[]) {
		(facts as Record<FactKey, { edited: number }>)[key] = newer(a.facts[key], b.facts[key]);
	}
	const entries = new Map<string, Entry>();
	for (const entry of [...a.entries, ...b.entries]) {
		const known = entries.get(entry.id);
		entries.set(entry.id, known ? newer(known, entry) : entry);
	}
	return {
		id: a.id,
		declaredAt: Math.min(a.declaredAt, b.declaredAt),
		facts,
		entries: [...entries.values()].sort(byTime),
	};
}
