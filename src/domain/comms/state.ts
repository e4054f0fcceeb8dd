import { FORMATS, type Format } from './format.ts';
import type { Facts } from './render.ts';

export const STORAGE_KEY = 'incident-handbook:comms';

export interface SavedState {
	facts: Facts;
	format: Format;
}

export type Restored = { ok: true; state: SavedState } | { ok: false; error: string };

/** What goes into localStorage; versioned so a future shape can tell old data apart. */
export function serializeState(state: SavedState): string {
	return JSON.stringify({ version: 1, ...state });
}

/**
 * Reads saved state defensively: anything another version, an extension or a hand edit left behind is
 * reported instead of crashing the tool. Keys the tool no longer knows are dropped quietly.
 */
export function parseSavedState(text: string, knownKeys: readonly string[]): Restored {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, error: 'The saved facts are not valid JSON.' };
	}
	if (typeof data !== 'object' || data === null || (data as { version?: unknown }).version !== 1) {
		return { ok: false, error: 'The saved facts are in a format this version does not understand.' };
	}
	const { facts, format } = data as { facts?: unknown; format?: unknown };
	if (typeof facts !== 'object' || facts === null || Array.isArray(facts)) {
		return { ok: false, error: 'The saved facts are not a list of fields.' };
	}
	const restored: Facts = {};
	for (const key of knownKeys) {
		const value = (facts as Record<string, unknown>)[key];
		if (value === undefined) continue;
		if (typeof value !== 'string') return { ok: false, error: `The saved field "${key}" is not text.` };
		restored[key] = value;
	}
	const safeFormat = FORMATS.includes(format as Format) ? (format as Format) : 'plain';
	return { ok: true, state: { facts: restored, format: safeFormat } };
}

export interface Prefill {
	facts: Facts;
	notes: string[];
}

/**
 * Facts handed over in the address, e.g. `?severity=SEV2&service=Checkout` from the classifier. A level the
 * model does not define is ignored with a note, so a stale link never selects something that does not exist.
 */
export function prefillFromUrl(search: string, knownKeys: readonly string[], levelIds: readonly string[]): Prefill {
	const params = new URLSearchParams(search);
	const facts: Facts = {};
	const notes: string[] = [];
	for (const [key, value] of params) {
		if (!knownKeys.includes(key)) continue;
		if (key === 'severity' && !levelIds.includes(value)) {
			notes.push(`The link asked for severity "${value}", which this handbook does not define; choose a level below.`);
			continue;
		}
		facts[key] = value;
	}
	return { facts, notes };
}

/**
 * Whether facts handed over in the address (from the classifier, say) meet facts saved from an earlier
 * visit that they do not account for. Then only the person knows whether this is the same incident, and
 * filling the messages with the last incident's service and start time would be worse than asking.
 */
export function needsHandoffChoice(saved: Facts, handed: Facts): boolean {
	if (Object.keys(handed).length === 0) return false;
	return Object.entries(saved).some(([key, value]) => value.trim() !== '' && handed[key] !== value);
}

/** The saved facts a person would recognise an incident by, for the question that asks which incident this is. */
export function describeSavedIncident(saved: Facts): string {
	const parts = [
		saved.severity,
		saved.service && `service “${saved.service}”`,
		saved.startTime && `started ${saved.startTime.replace('T', ' ')} UTC`,
		saved.channel,
	].filter(Boolean);
	return parts.length ? parts.join(', ') : 'facts from an earlier incident';
}
