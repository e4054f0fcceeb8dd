/** Minutes-precision UTC moment as a `datetime-local` input holds it, e.g. 2025-03-15T14:32, or empty. */
export const UTC_INPUT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/*
 * The form's state, typed by its schema in draft-schema.ts. Everything is kept as the text the user typed
 * (a half-typed number or date must survive a reload); `toPostmortem` in convert.ts does the strict checks.
 * This module imports the schema's types only, so the island's first download carries no zod.
 */
export type { Draft, DraftActionItem, DraftFiveWhy, DraftTimelineEntry } from './draft-schema.ts';
import type { Draft, DraftActionItem, DraftTimelineEntry } from './draft-schema.ts';

export type DraftImport = { ok: true; draft: Draft } | { ok: false; error: string };

let counter = 0;
// Keys restored from an earlier visit carry that visit's prefix, so they never meet this one's.
const visit = Date.now().toString(36);
/** Keys let Preact keep focus on the right row while rows are reordered or deleted. */
export function newKey(): string {
	counter += 1;
	return `k${visit}-${counter}`;
}

export function emptyDraft(): Draft {
	return {
		title: '',
		status: 'draft',
		exercise: false,
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

/**
 * Where another tool (the incident console) leaves a draft in the export format for the post-mortem tool
 * to take up the next time it opens; the tool removes it once read.
 */
export const DRAFT_HANDOFF_KEY = 'incident-handbook:postmortem-draft:handoff';

/** Tells an exported draft apart from any other JSON file someone might pick by mistake. */
export const DRAFT_FORMAT = 'incident-handbook/postmortem-draft';

export function exportDraft(draft: Draft): string {
	return JSON.stringify({ format: DRAFT_FORMAT, version: 1, draft }, null, '\t');
}

/**
 * How a draft is kept in the browser: the timeline under a key of its own. A big incident's timeline is
 * most of the draft, and most edits are elsewhere, so typing a title rewrites a few hundred bytes, not
 * thousands of entries.
 */
export interface StoredDraft {
	main: string;
	timeline: string;
}

export function storeDraft(draft: Draft): StoredDraft {
	return { main: storeDraftMain(draft), timeline: storeTimeline(draft.timeline) };
}

/** Everything but the timeline; its `timelineApart` flag tells a reader to look for the timeline's own key. */
export function storeDraftMain(draft: Draft): string {
	return JSON.stringify({ format: DRAFT_FORMAT, version: 1, timelineApart: true, draft: { ...draft, timeline: [] } });
}

export function storeTimeline(timeline: readonly DraftTimelineEntry[]): string {
	return JSON.stringify(timeline);
}
