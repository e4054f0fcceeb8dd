import { z } from 'astro/zod';
import { calendarDateSchema } from './calendar-date.ts';
import { triggerSchema } from './trigger.ts';
import { utcTimestampSchema } from './utc-timestamp.ts';
import { linkSchema, serviceIdSchema } from './text-fields.ts';
import { slug, type DecisionTree } from './model.ts';
import { classifyByNames, describePath } from '../domain/classify/classify.ts';
import { ownerProblem, type OwnerPolicy } from '../domain/postmortem/owners.ts';
import {
	ACTION_STATUSES,
	DETECTIONS,
	IMPACT_LABELS,
	PRIORITIES,
	STATUSES,
	TIMESTAMP_FIELDS,
	type Status,
	type TimestampField,
} from '../domain/postmortem/vocabulary.ts';

const STATUS_MEANINGS: Record<Status, string> = {
	draft: 'being written',
	'in-review': 'awaiting the review meeting',
	complete: 'agreed',
};

const TIMESTAMP_MEANINGS: Record<TimestampField, string> = {
	started: 'When customer impact began',
	detected: 'When the team first knew something was wrong',
	acknowledged: 'When a responder acknowledged the page or report',
	mitigated: 'When customer impact stopped',
	resolved: 'When the incident was declared over',
};

const text = z.string().trim().min(1);

const moment = (field: TimestampField) => utcTimestampSchema.describe(TIMESTAMP_MEANINGS[field]);
const figure = (field: keyof typeof IMPACT_LABELS) =>
	`${IMPACT_LABELS[field].label}${IMPACT_LABELS[field].unit ? ` (${IMPACT_LABELS[field].unit})` : ''}`;

export const actionItemSchema = z.strictObject({
	id: text.describe('Short id, unique within the post-mortem, e.g. 1 or AI-3'),
	action: text.describe('What will be done, as a concrete change'),
	priority: z.enum(PRIORITIES).describe('P1: do this sprint; P2: this quarter; P3: when capacity allows'),
	owner: z
		.string({ error: 'every action item needs an owner' })
		.trim()
		.min(1, 'every action item needs an owner')
		.describe('The one person accountable for finishing it'),
	due: calendarDateSchema.describe('Due date, YYYY-MM-DD'),
	status: z.enum(ACTION_STATUSES).describe('Where the item stands'),
	link: linkSchema.optional().describe('Ticket or pull request tracking the work (http, https or mailto)'),
});

export const timelineEntrySchema = z.strictObject({
	time: utcTimestampSchema.describe('When it happened, in UTC'),
	event: text.describe('What happened or was decided'),
});

export const fiveWhySchema = z.strictObject({
	why: text.describe('The question, e.g. "Why did checkout fail?"'),
	because: text.describe('The answer, phrased about systems rather than people'),
});

interface PostmortemSchemaOptions<R extends z.ZodType> {
	/** Ids of the model's severity levels. */
	levelIds: readonly [string, ...string[]];
	/** How a runbook is referenced: `reference('runbooks')` in Astro, a plain string elsewhere. */
	runbookRef: R;
	/** Who may own an action item (the model's `actionItemOwners`); unchecked without it. */
	ownerPolicy?: OwnerPolicy;
	/**
	 * The model's severity scale (its preset's name) and decision tree, to check a recorded classification
	 * against; unchecked without it.
	 */
	classifyWith?: { scale: string; tree: DecisionTree };
}

/**
 * A post-mortem's frontmatter. Built by a factory because the allowed severities come from the
 * incident model and runbook references are only checkable inside Astro.
 */
export function postmortemSchema<R extends z.ZodType>({
	levelIds,
	runbookRef,
	ownerPolicy,
	classifyWith,
}: PostmortemSchemaOptions<R>) {
	return z
		.strictObject({
			title: text.describe('What broke, in a few words a reader will recognise'),
			status: z.enum(STATUSES).describe(STATUSES.map((status) => `${status}: ${STATUS_MEANINGS[status]}`).join('; ')),
			exercise: z
				.boolean()
				.default(false)
				.describe('True for a drill or game day: labelled as an exercise and left out of the dashboard metrics'),
			severity: z.enum(levelIds).describe('Severity level from the incident model'),
			services: z.array(serviceIdSchema).min(1).describe('Services that were affected, as service ids'),
			trigger: triggerSchema,
			detection: z.enum(DETECTIONS).describe('How the team found out'),
			commander: text.describe('Incident commander'),
			authors: z.array(text).min(1).describe('People who wrote the post-mortem'),
			started: moment('started'),
			detected: moment('detected'),
			acknowledged: moment('acknowledged'),
			mitigated: moment('mitigated'),
			resolved: moment('resolved'),
			impact: z
				.strictObject({
					usersAffected: z.number().int().min(0).describe(figure('usersAffected')),
					userShare: z.number().min(0).max(100).describe(figure('userShare')),
					revenueEstimate: z
						.number()
						.min(0)
						.describe(`${figure('revenueEstimate')}, in the company currency`),
					slaMinutes: z.number().min(0).describe(figure('slaMinutes')),
				})
				.describe('Impact figures'),
			summary: text.describe('Two or three sentences: what happened, who was affected, how it ended'),
			timeline: z.array(timelineEntrySchema).min(1).describe('What happened when, in UTC'),
			rootCause: text.describe('What broke and why, focused on systems'),
			contributingFactors: z.array(text).default([]).describe('Conditions that made the incident possible or worse'),
			fiveWhys: z.array(fiveWhySchema).default([]).describe('The chain of whys that leads to a systemic cause'),
			wentWell: z.array(text).default([]).describe('What helped'),
			wentPoorly: z.array(text).default([]).describe('What hindered'),
			lucky: z.array(text).default([]).describe('Where chance, not design, limited the damage'),
			actionItems: z.array(actionItemSchema).default([]).describe('Follow-up work with owners and due dates'),
			runbooks: z.array(runbookRef).default([]).describe('Runbooks used during the response'),
			classification: z
				.strictObject({
					scale: slug
						.optional()
						.describe(
							'The severity scale (a folder in content/model/presets/) whose decision tree was answered; answers given under another scale than the one in use are kept as a record and not re-checked',
						),
					answers: z
						.record(z.string(), text)
						.describe('How the incident answered each question the decision tree asked, by question id'),
					reason: text.optional().describe('Why the level differs from the one the answers lead to, when it does'),
				})
				.optional()
				.describe('The decision-tree answers that classified the incident; the build checks they lead to its severity'),
		})
		.superRefine((pm, ctx) => {
			for (let i = 1; i < TIMESTAMP_FIELDS.length; i++) {
				const before = TIMESTAMP_FIELDS[i - 1]!;
				const after = TIMESTAMP_FIELDS[i]!;
				if (pm[after].getTime() < pm[before].getTime()) {
					ctx.addIssue({
						code: 'custom',
						path: [after],
						message: `"${after}" (${pm[after].toISOString()}) is earlier than "${before}" (${pm[before].toISOString()}); timestamps must run started ≤ detected ≤ acknowledged ≤ mitigated ≤ resolved`,
					});
				}
			}
			if (ownerPolicy) {
				pm.actionItems.forEach((item, i) => {
					const problem = ownerProblem(item.owner, ownerPolicy);
					if (problem) ctx.addIssue({ code: 'custom', path: ['actionItems', i, 'owner'], message: problem });
				});
			}
			const scale = pm.classification?.scale;
			if (classifyWith && pm.classification && (scale === undefined || scale === classifyWith.scale)) {
				const result = classifyByNames(classifyWith.tree, pm.classification.answers);
				if (!result.ok) ctx.addIssue({ code: 'custom', path: ['classification', 'answers'], message: result.problem });
				else if (result.levelId !== pm.severity && !pm.classification.reason)
					ctx.addIssue({
						code: 'custom',
						path: ['classification'],
						message: `the recorded answers lead to ${result.levelId} (${describePath(result.steps)}), but severity is ${pm.severity}; say why the level changed in classification.reason`,
					});
			}
			const ids = pm.actionItems.map((a) => a.id);
			ids.forEach((id, i) => {
				if (ids.indexOf(id) !== i)
					ctx.addIssue({ code: 'custom', path: ['actionItems', i, 'id'], message: `duplicate action item id "${id}"` });
			});
		});
}

export type Postmortem = z.output<ReturnType<typeof postmortemSchema<z.ZodString>>>;
export type PostmortemInput = z.input<ReturnType<typeof postmortemSchema<z.ZodString>>>;
export type ActionItem = z.output<typeof actionItemSchema>;
