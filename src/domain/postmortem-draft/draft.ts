import { z } from 'astro/zod';

/**
 * The form's state. Everything is kept as the text the user typed (a half-typed number or date must
 * survive a reload), so this schema is deliberately lenient; `toPostmortemInput` does the strict checks.
 */
const line = z.string().max(200_000);

/** Minutes-precision UTC moment as a `datetime-local` input holds it, e.g. 2025-03-15T14:32, or empty. */
export const UTC_INPUT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

export const draftTimelineEntrySchema = z.strictObject({
	key: z.string().min(1),
	time: line,
	event: line,
});

export const draftFiveWhySchema = z.strictObject({ key: z.string().min(1), why: line, because: line });

export const ACTION_PRIORITIES = ['P1', 'P2', 'P3'] as const;
export const ACTION_STATUSES = ['open', 'in-progress', 'done', 'wont-do'] as const;

export const draftActionItemSchema = z.strictObject({
	key: z.string().min(1),
	action: line,
	owner: line,
	priority: z.union([z.enum(ACTION_PRIORITIES), z.literal('')]),
	due: line,
	status: z.enum(ACTION_STATUSES),
	link: line,
});

export const STATUSES = ['draft', 'in-review', 'complete'] as const;
export const DETECTIONS = ['alert', 'customer-report', 'internal-report'] as const;
export const TIMESTAMP_FIELDS = ['started', 'detected', 'acknowledged', 'mitigated', 'resolved'] as const;
export type TimestampField = (typeof TIMESTAMP_FIELDS)[number];

export const draftSchema = z.strictObject({
	title: line,
	status: z.enum(STATUSES),
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
	unparsedLines: z.array(line),
	rootCause: line,
	contributingFactors: z.array(line),
	fiveWhys: z.array(draftFiveWhySchema),
	wentWell: z.array(line),
	wentPoorly: z.array(line),
	lucky: z.array(line),
	actionItems: z.array(draftActionItemSchema),
	runbooks: z.array(line),
	notes: line,
});

export type Draft = z.output<typeof draftSchema>;
export type DraftTimelineEntry = z.output<typeof draftTimelineEntrySchema>;
export type DraftActionItem = z.output<typeof draftActionItemSchema>;
export type DraftFiveWhy = z.output<typeof draftFiveWhySchema>;

let counter = 0;
/** Keys let Preact keep focus on the right row while rows are reordered or deleted. */
export function newKey(): string {
	counter += 1;
	return `k${Date.now().toString(36)}${counter}`;
}

export function emptyDraft(): Draft {
	return {
		title: '',
		status: 'draft',
		severity: '',
		services: [],
		trigger: '',
		detection: '',
		commander: '',
		authors: [],
		started: '',
		detected: '',
		acknowledged: '',
		mitigated: '',
		resolved: '',
		impact: { usersAffected: '', userShare: '', revenueEstimate: '', slaMinutes: '' },
		summary: '',
		timeline: [],
		unparsedLines: [],
		rootCause: '',
		contributingFactors: [],
		fiveWhys: [],
		wentWell: [],
		wentPoorly: [],
		lucky: [],
		actionItems: [],
		runbooks: [],
		notes: '',
	};
}

export function emptyActionItem(): DraftActionItem {
	return { key: newKey(), action: '', owner: '', priority: '', due: '', status: 'open', link: '' };
}

/** Tells an exported draft apart from any other JSON file someone might pick by mistake. */
export const DRAFT_FORMAT = 'incident-handbook/postmortem-draft';

export function exportDraft(draft: Draft): string {
	return JSON.stringify({ format: DRAFT_FORMAT, version: 1, draft }, null, '\t');
}

export type DraftImport = { ok: true; draft: Draft } | { ok: false; error: string };

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
			.map((issue) => `${describePath(issue.path) || 'draft'}: ${issue.message}`);
		return { ok: false, error: `The draft has fields this tool cannot read: ${problems.join('; ')}.` };
	}
	return { ok: true, draft: parsed.data };
}
