// zod's small build: a saved draft is read as the tool starts, before anything bigger has loaded.
import * as z from 'zod/mini';
import { DRAFT_FORMAT, type DraftImport } from './draft.ts';
import { PRIORITIES, ACTION_STATUSES, STATUSES } from './vocabulary.ts';

/** Lenient on purpose, like the form: it only checks the shape, so any half-finished draft imports. */
const line = z.string();

export const draftTimelineEntrySchema = z.strictObject({
	key: z.string().check(z.minLength(1)),
	/** `YYYY-MM-DDTHH:MM` in UTC, or whatever was typed so far. */
	time: line,
	event: line,
});

export const draftFiveWhySchema = z.strictObject({ key: z.string().check(z.minLength(1)), why: line, because: line });

export const draftActionItemSchema = z.strictObject({
	key: z.string().check(z.minLength(1)),
	action: line,
	owner: line,
	priority: z.union([z.enum(PRIORITIES), z.literal('')]),
	due: line,
	status: z.enum(ACTION_STATUSES),
	link: line,
});

export const draftSchema = z.strictObject({
	title: line,
	status: z.enum(STATUSES),
	/** Drafts saved before drills were flagged have no such field: they were real incidents. */
	exercise: z._default(z.boolean(), false),
	severity: line,
	services: z.array(line),
	trigger: line,
	detection: line,
	commander: line,
	authors: z.array(line),
	started: line,
	detected: line,
	acknowledged: line,
	mitigated: line,
	resolved: line,
	impact: z.strictObject({ usersAffected: line, userShare: line, revenueEstimate: line, slaMinutes: line }),
	summary: line,
	timeline: z.array(draftTimelineEntrySchema),
	/** Pasted lines the timeline parser could not read, kept until the user dismisses them. */
	unparsedLines: z.array(line),
	rootCause: line,
	contributingFactors: z.array(line),
	fiveWhys: z.array(draftFiveWhySchema),
	wentWell: z.array(line),
	wentPoorly: z.array(line),
	lucky: z.array(line),
	actionItems: z.array(draftActionItemSchema),
	runbooks: z.array(line),
	/** Free-form notes: the MDX body of the archive file. */
	notes: line,
});

export type Draft = z.infer<typeof draftSchema>;
export type DraftTimelineEntry = z.infer<typeof draftTimelineEntrySchema>;
export type DraftFiveWhy = z.infer<typeof draftFiveWhySchema>;
export type DraftActionItem = z.infer<typeof draftActionItemSchema>;

function describePath(path: readonly PropertyKey[]): string {
	return path
		.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
		.join('');
}

/**
 * Reads an exported draft (or saved state) defensively: a file from another tool, a hand edit or a
 * truncated save gets one clear sentence naming what is wrong, never an exception.
 */
export function importDraft(text: string): DraftImport {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, error: 'This is not a JSON file (it may be truncated or not a draft at all).' };
	}
	if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== DRAFT_FORMAT) {
		return { ok: false, error: 'This JSON file is not a post-mortem draft exported by this tool.' };
	}
	if ((data as { version?: unknown }).version !== 1) {
		return { ok: false, error: 'This draft was saved by a version of the tool that this one does not understand.' };
	}
	const parsed = draftSchema.safeParse((data as { draft?: unknown }).draft);
	if (!parsed.success) {
		const problems = parsed.error.issues
			.slice(0, 5)
			.map((issue: z.core.$ZodIssue) => `${describePath(issue.path) || 'draft'}: ${issue.message}`);
		return { ok: false, error: `The draft has fields this tool cannot read: ${problems.join('; ')}.` };
	}
	return { ok: true, draft: parsed.data };
}

/**
 * Reads a draft stored by `storeDraft`, or by an older version that kept the timeline inside the draft.
 * Either part being unreadable makes the whole draft unreadable, so nothing half-restored is saved over it.
 */
export function importStoredDraft(main: string, timeline: string | null): DraftImport {
	const imported = importDraft(main);
	if (!imported.ok) return imported;
	if ((JSON.parse(main) as { timelineApart?: unknown }).timelineApart !== true) return imported;
	if (timeline === null) return { ok: false, error: 'The saved timeline is missing.' };
	let entries: unknown;
	try {
		entries = JSON.parse(timeline);
	} catch {
		return { ok: false, error: 'The saved timeline is not valid JSON (it may be truncated).' };
	}
	const parsed = z.array(draftTimelineEntrySchema).safeParse(entries);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		return {
			ok: false,
			error: `The saved timeline has an entry this tool cannot read: ${describePath(issue.path)}: ${issue.message}.`,
		};
	}
	return { ok: true, draft: { ...imported.draft, timeline: parsed.data } };
}
