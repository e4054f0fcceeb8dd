import type { Entry, Incident } from './incident-schema.ts';
import { liveEntries } from './incident.ts';

export interface ChecklistItem {
	/** Stable within a model: the list and the item's position, e.g. `phase:triage:2`. */
	id: string;
	text: string;
	/** The entry that ticked it, with its time and author; null while it is not done. */
	done: Extract<Entry, { kind: 'check' }> | null;
}

/**
 * A checklist from the model with each item's state read from the log: the last tick or untick of an
 * item decides, and deleting that entry restores the one before.
 */
export function checklist(incident: Incident, list: string, texts: readonly string[]): ChecklistItem[] {
	const last = new Map<string, Extract<Entry, { kind: 'check' }>>();
	for (const e of liveEntries(incident)) if (e.kind === 'check' && e.item.startsWith(`${list}:`)) last.set(e.item, e);
	return texts.map((text, i) => {
		const id = `${list}:${i}`;
		const entry = last.get(id);
		return { id, text, done: entry?.done ? entry : null };
	});
}

export const phaseList = (phaseId: string) => `phase:${phaseId}`;
export const roleList = (roleId: string) => `role:${roleId}`;
