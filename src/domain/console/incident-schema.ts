// zod's small build, loaded only when there is saved, shared or imported text to read.
import * as z from 'zod/mini';
import { isServiceId, SERVICE_ID_RULE } from '../text/identifiers.ts';
import { AUDIENCES, MARKERS } from './vocabulary.ts';
import { INCIDENT_FORMAT, INCIDENT_VERSION } from './incident.ts';

/** A moment as milliseconds since 1970 in UTC: exact, and the same in every time zone. */
const moment = z.int();
const id = z.string().check(z.minLength(1));

/**
 * What every log entry carries. `edited` orders two versions of the same entry from different tabs or
 * files (the later one wins); a deleted entry stays as a tombstone so a merge cannot bring it back.
 */
const common = {
	id,
	/** When it happened. */
	at: moment,
	/** The name of whoever wrote it, as this browser knows them. */
	author: z.string(),
	edited: moment,
	deleted: z.boolean(),
};

export const entrySchema = z.discriminatedUnion('kind', [
	z.strictObject({
		...common,
		kind: z.literal('note'),
		text: z.string(),
		marker: z.nullable(z.enum(MARKERS)),
		/** Only meaningful for an action: whether it has been done. */
		done: z.boolean(),
	}),
	z.strictObject({
		...common,
		kind: z.literal('level'),
		level: id,
		/** Why the level was set or changed. */
		text: z.string(),
		/** The classifier's answers behind it (`question.answer,…`), or empty. */
		answers: z.string(),
	}),
	z.strictObject({ ...common, kind: z.literal('role'), role: id, holder: z.string(), handoff: z.boolean() }),
	z.strictObject({
		...common,
		kind: z.literal('update'),
		audience: z.enum(AUDIENCES),
		/** Id of the comms template it was written with. */
		template: z.string(),
		/** The template's name, as the log shows it. */
		text: z.string(),
	}),
	z.strictObject({ ...common, kind: z.literal('check'), item: id, done: z.boolean(), text: z.string() }),
	z.strictObject({ ...common, kind: z.literal('phase'), phase: id }),
]);

/** A fact typed once and changed at any time; `edited` says which of two versions is newer. */
function stamped<T extends z.core.SomeType>(value: T) {
	return z.strictObject({ value, edited: moment });
}
const text = () => stamped(z.string());

const serviceId = z.string().check(z.refine(isServiceId, `expected ${SERVICE_ID_RULE}`));

export const incidentSchema = z.strictObject({
	id,
	declaredAt: moment,
	facts: z.strictObject({
		title: text(),
		services: stamped(z.array(serviceId)),
		channel: text(),
		/** When customer impact began, if known; it may be before the declaration. */
		impactStarted: stamped(z.nullable(moment)),
		exercise: stamped(z.boolean()),
		feature: text(),
		symptoms: text(),
		impact: text(),
		cause: text(),
		hypotheses: text(),
		nextSteps: text(),
		asks: text(),
		statusPageUrl: text(),
		dashboardUrl: text(),
		runbookUrl: text(),
	}),
	/** Everything that happened, in order of `at` then `id`. */
	entries: z.array(entrySchema),
});

export type Incident = z.infer<typeof incidentSchema>;
export type Entry = z.infer<typeof entrySchema>;
export type EntryKind = Entry['kind'];
export type Facts = Incident['facts'];
export type FactKey = keyof Facts;

export type IncidentRead = { ok: true; incident: Incident } | { ok: false; error: string };

function describePath(path: readonly PropertyKey[]): string {
	return path
		.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
		.join('');
}

/**
 * Reads an exported or stored incident defensively: a file from another tool, a hand edit or a truncated
 * save gets one sentence naming what is wrong, never an exception.
 */
export function readIncident(text: string): IncidentRead {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, error: 'This is not JSON (it may be truncated, or not an incident at all).' };
	}
	if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== INCIDENT_FORMAT) {
		return { ok: false, error: 'This JSON is not an incident saved by the incident console.' };
	}
	if ((data as { version?: unknown }).version !== INCIDENT_VERSION) {
		return {
			ok: false,
			error: 'This incident was saved by a version of the console that this one does not understand.',
		};
	}
	const parsed = incidentSchema.safeParse((data as { incident?: unknown }).incident);
	if (!parsed.success) {
		const problems = parsed.error.issues
			.slice(0, 5)
			.map((issue: z.core.$ZodIssue) => `${describePath(issue.path) || 'incident'}: ${issue.message}`);
		return { ok: false, error: `The incident has fields the console cannot read: ${problems.join('; ')}.` };
	}
	return { ok: true, incident: parsed.data };
}

/**
 * The incident as a file to keep or hand to a colleague. It goes through the schema first, so the file
 * lists its fields in one fixed order and reading it back gives exactly the same incident and text.
 */
export function exportIncident(incident: Incident): string {
	return `${JSON.stringify({ format: INCIDENT_FORMAT, version: INCIDENT_VERSION, incident: incidentSchema.parse(incident) }, null, '\t')}\n`;
}
