import { z } from 'astro/zod';
import { emptyDraft, newKey, type Draft, type DraftImport } from './draft.ts';
import { isSafeLink } from '../text/links.ts';
import { PRIORITIES, ACTION_STATUSES, STATUSES, TIMESTAMP_FIELDS } from './vocabulary.ts';

/** What src/pages/archive/[id].json.ts publishes for each archive entry. */
export interface ArchiveEntryJson {
	id: string;
	data: Record<string, unknown>;
	body: string;
}

const stringish = z.union([z.string(), z.number()]).transform(String);
const moment = (value: unknown) =>
	typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) ? value.slice(0, 16) : '';
const date = (value: unknown) =>
	typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : '';

const entrySchema = z.object({
	id: z.string(),
	body: z.string().default(''),
	data: z.object({
		title: z.string(),
		status: z.enum(STATUSES).catch('draft'),
		exercise: z.boolean().catch(false).default(false),
		severity: z.string(),
		services: z.array(z.string()).default([]),
		trigger: z.string().default(''),
		detection: z.string().default(''),
		commander: z.string().default(''),
		authors: z.array(z.string()).default([]),
		...Object.fromEntries(TIMESTAMP_FIELDS.map((f) => [f, z.unknown().optional()])),
		impact: z
			.object({ usersAffected: stringish, userShare: stringish, revenueEstimate: stringish, slaMinutes: stringish })
			.partial()
			.default({}),
		summary: z.string().default(''),
		timeline: z.array(z.object({ time: z.unknown(), event: z.string() })).default([]),
		rootCause: z.string().default(''),
		contributingFactors: z.array(z.string()).default([]),
		fiveWhys: z.array(z.object({ why: z.string(), because: z.string() })).default([]),
		wentWell: z.array(z.string()).default([]),
		wentPoorly: z.array(z.string()).default([]),
		lucky: z.array(z.string()).default([]),
		actionItems: z
			.array(
				z.object({
					action: z.string(),
					owner: z.string().default(''),
					priority: z.enum(PRIORITIES).or(z.literal('')).catch(''),
					due: z.unknown(),
					status: z.enum(ACTION_STATUSES).catch('open'),
					// A link the archive should never have held is left out rather than carried into a new draft.
					link: z
						.string()
						.default('')
						.transform((link) => (isSafeLink(link) ? link : '')),
				}),
			)
			.default([]),
		runbooks: z.array(z.union([z.string(), z.object({ id: z.string() }).transform((r) => r.id)])).default([]),
	}),
});

/**
 * A new draft that starts from an archived post-mortem: every field copied for editing, status back to
 * draft. The body of an archive file is its free-form notes, so it becomes the notes field.
 */
export function draftFromArchive(json: unknown): DraftImport {
	const parsed = entrySchema.safeParse(json);
	if (!parsed.success) return { ok: false, error: 'That archive entry could not be read as a post-mortem.' };
	const { data, body } = parsed.data;
	const draft: Draft = {
		...emptyDraft(),
		title: data.title,
		exercise: data.exercise,
		severity: data.severity,
		services: data.services,
		trigger: data.trigger,
		detection: data.detection,
		commander: data.commander,
		authors: data.authors,
		impact: { usersAffected: '', userShare: '', revenueEstimate: '', slaMinutes: '', ...data.impact },
		summary: data.summary,
		timeline: data.timeline.map((e) => ({ key: newKey(), time: moment(e.time), event: e.event })),
		rootCause: data.rootCause,
		contributingFactors: data.contributingFactors,
		fiveWhys: data.fiveWhys.map((w) => ({ key: newKey(), ...w })),
		wentWell: data.wentWell,
		wentPoorly: data.wentPoorly,
		lucky: data.lucky,
		actionItems: data.actionItems.map((a) => ({ key: newKey(), ...a, due: date(a.due) })),
		runbooks: data.runbooks,
		notes: body.trim(),
	};
	for (const field of TIMESTAMP_FIELDS) draft[field] = moment((data as Record<string, unknown>)[field]);
	return { ok: true, draft };
}
