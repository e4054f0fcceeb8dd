/**
 * An incident as the console runs it: a few facts typed once and edited at will, and a log of everything
 * that happened. The level, who holds each role, the current phase, the checklists and the update clocks
 * are all read from the log, so two tabs (or two people's exports) combine by merging logs entry by entry.
 * Every function returns a new incident; none reads the clock, so callers pass `now`.
 */
import type { Entry, Facts, FactKey, Incident } from './incident-schema.ts';
import type { Audience, Marker, MomentMarker } from './vocabulary.ts';

export type { Entry, Facts, FactKey, Incident } from './incident-schema.ts';

/** An entry as a caller describes it; the log adds the id, author and bookkeeping. */
export type NewEntry = Entry extends infer E
	? E extends Entry
		? Omit<E, 'id' | 'author' | 'edited' | 'deleted' | 'at'> & { at?: number }
		: never
	: never;

let sequence = 0;

/**
 * Unique across tabs and browsers without asking anyone: the moment, a count that keeps entries made in
 * the same millisecond in the order they were made, then randomness.
 */
export function newId(now: number, random: () => number = Math.random): string {
	const count = (sequence++).toString(36).padStart(4, '0');
	const noise = Math.floor(random() * 36 ** 6)
		.toString(36)
		.padStart(6, '0');
	return `${now.toString(36)}-${count}${noise}`;
}

/** Log order: by when it happened, then by id, so every tab and every merge lists entries alike. */
export function byTime(a: Entry, b: Entry): number {
	return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** What a person fills in to declare; everything else starts empty. */
export interface Declaration {
	title: string;
	level: string;
	services: string[];
	channel: string;
	impactStarted: number | null;
	exercise: boolean;
	/** Role id to the name of the person holding it; blank names are left out. */
	roles: Record<string, string>;
	/** Why this level: the classifier's answers in words, or what the person typed. */
	reason: string;
	/** The classifier's answers (`question.answer,…`) when it chose the level. */
	answers: string;
}

export function declareIncident(declaration: Declaration, now: number, author: string, id = newId(now)): Incident {
	const stamp = <T>(value: T) => ({ value, edited: now });
	const facts: Facts = {
		title: stamp(declaration.title.trim()),
		services: stamp(declaration.services),
		channel: stamp(declaration.channel.trim()),
		impactStarted: stamp(declaration.impactStarted),
		exercise: stamp(declaration.exercise),
		feature: stamp(''),
		symptoms: stamp(''),
		impact: stamp(''),
		cause: stamp(''),
		hypotheses: stamp(''),
		nextSteps: stamp(''),
		asks: stamp(''),
		statusPageUrl: stamp(''),
		dashboardUrl: stamp(''),
		runbookUrl: stamp(''),
	};
	let incident: Incident = { id, declaredAt: now, facts, entries: [] };
	incident = addEntry(
		incident,
		{ kind: 'level', level: declaration.level, text: declaration.reason.trim(), answers: declaration.answers },
		now,
		author,
	);
	for (const [role, holder] of Object.entries(declaration.roles)) {
		if (holder.trim())
			incident = addEntry(incident, { kind: 'role', role, holder: holder.trim(), handoff: false }, now, author);
	}
	return incident;
}

export function addEntry(incident: Incident, entry: NewEntry, now: number, author: string): Incident {
	const full = { at: now, ...entry, id: newId(now), author, edited: now, deleted: false } as Entry;
	return { ...incident, entries: [...incident.entries, full].sort(byTime) };
}

/** Changes an entry; the new version is stamped later than the old one even within the same millisecond. */
export function editEntry(incident: Incident, id: string, changes: Partial<NewEntry>, now: number): Incident {
	return {
		...incident,
		entries: incident.entries
			.map((e) => (e.id === id ? ({ ...e, ...changes, edited: Math.max(now, e.edited + 1) } as Entry) : e))
			.sort(byTime),
	};
}

/** Deletes an entry, leaving a tombstone so that merging with an older copy does not bring it back. */
export function removeEntry(incident: Incident, id: string, now: number): Incident {
	return {
		...incident,
		entries: incident.entries.map((e) =>
			e.id === id ? { ...e, deleted: true, edited: Math.max(now, e.edited + 1) } : e,
		),
	};
}

export function setFact<K extends FactKey>(
	incident: Incident,
	key: K,
	value: Facts[K]['value'],
	now: number,
): Incident {
	const edited = Math.max(now, incident.facts[key].edited + 1);
	return { ...incident, facts: { ...incident.facts, [key]: { value, edited } } };
}

/** The entries that count: deleted ones left out, in log order. */
export function liveEntries(incident: Incident): Entry[] {
	return incident.entries.filter((e) => !e.deleted);
}

function latest<K extends Entry['kind']>(
	incident: Incident,
	kind: K,
	where: (e: Extract<Entry, { kind: K }>) => boolean = () => true,
): Extract<Entry, { kind: K }> | undefined {
	const entries = liveEntries(incident);
	for (let i = entries.length - 1; i >= 0; i--) {
		const e = entries[i]!;
		if (e.kind === kind && where(e as Extract<Entry, { kind: K }>)) return e as Extract<Entry, { kind: K }>;
	}
	return undefined;
}

/** The level now: the last level entry (a deleted change falls back to the one before). */
export function currentLevel(incident: Incident): Extract<Entry, { kind: 'level' }> | undefined {
	return latest(incident, 'level');
}

/** Who holds each role now, by role id; a role nobody was given is absent. */
export function roleHolders(incident: Incident): Record<string, string> {
	const holders: Record<string, string> = {};
	for (const e of liveEntries(incident)) if (e.kind === 'role') holders[e.role] = e.holder;
	return holders;
}

/** The phase the incident is in: the last one chosen, or the first of the model's until someone moves it on. */
export function currentPhase(incident: Incident, phaseIds: readonly string[]): string | undefined {
	const chosen = latest(incident, 'phase', (e) => phaseIds.includes(e.phase));
	return chosen?.phase ?? phaseIds[0];
}

/**
 * When a marker was logged: the first time for detection, acknowledgement and mitigation (impact stopped
 * then, even if it came back), the last for resolution, which only counts once nothing reopened it.
 */
export function markerTime(incident: Incident, marker: Marker): number | null {
	const marked = liveEntries(incident).filter((e) => e.kind === 'note' && e.marker === marker);
	const chosen = marker === 'resolved' ? marked.at(-1) : marked[0];
	return chosen?.at ?? null;
}

export function momentTimes(incident: Incident): Record<MomentMarker, number | null> {
	return {
		detected: markerTime(incident, 'detected'),
		acknowledged: markerTime(incident, 'acknowledged'),
		mitigated: markerTime(incident, 'mitigated'),
		resolved: markerTime(incident, 'resolved'),
	};
}

export function isResolved(incident: Incident): boolean {
	return markerTime(incident, 'resolved') !== null;
}

/** When the last update to this audience went out; the declaration starts both clocks. */
export function lastUpdate(incident: Incident, audience: Audience): number {
	return latest(incident, 'update', (e) => e.audience === audience)?.at ?? incident.declaredAt;
}

/** Actions logged and not yet marked done, oldest first. */
export function openActions(incident: Incident): Extract<Entry, { kind: 'note' }>[] {
	return liveEntries(incident).filter(
		(e): e is Extract<Entry, { kind: 'note' }> => e.kind === 'note' && e.marker === 'action' && !e.done,
	);
}

/** Tells an exported incident apart from any other JSON file someone might pick by mistake. */
export const INCIDENT_FORMAT = 'incident-handbook/incident';
export const INCIDENT_VERSION = 1;

/** Keys under which the browser keeps incidents, one each, so tabs writing different incidents never collide. */
export const STORAGE_PREFIX = 'incident-handbook:console:incident:';

/** How an incident is kept in the browser: the export format, without the indentation. */
export function storeIncident(incident: Incident): string {
	return JSON.stringify({ format: INCIDENT_FORMAT, version: INCIDENT_VERSION, incident });
}
