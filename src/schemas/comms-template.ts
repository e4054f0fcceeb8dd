import { z } from 'astro/zod';
import { levelSchema, type CommsKind } from './model.ts';
import { COMPUTED_PLACEHOLDERS, parseTemplate, placeholderNames } from '../domain/comms/template.ts';

/** The level `requires` flags a message can answer to, read from the model schema so a new flag appears here too. */
export const REQUIREMENT_KEYS = Object.entries(levelSchema.shape.requires.shape)
	.filter(([, flag]) => flag instanceof z.ZodBoolean)
	.map(([key]) => key) as [string, ...string[]];

export const COMMS_CHANNELS = ['status-page', 'email', 'chat', 'sms'] as const;

interface CommsTemplateOptions {
	/** The kinds of message and what each must contain (`content/model/comms-requirements.yaml`). */
	kinds?: readonly CommsKind[];
	/** Ids of `lifecycle.statusPageStages` in the model. */
	stageIds: readonly string[];
	/** Ids of the model's roles, usable as `{{role.<id>}}`. */
	roleIds: readonly string[];
}

/**
 * One message template in `content/comms/` (the file name is its id). Factory over the model so stage ids
 * and role placeholders are checked against the model in use.
 */
export function commsTemplateSchema({ stageIds, roleIds, kinds = [] }: CommsTemplateOptions) {
	const kindIds = kinds.map((k) => k.id);
	const known = new Set(placeholderNames(roleIds));
	const limit = z.number().int().positive();
	return z
		.strictObject({
			name: z
				.string()
				.trim()
				.min(1)
				.describe('Name shown above the message in the tool, e.g. Status page: investigating'),
			order: z.number().int().default(100).describe('Position in the tool, lowest first; ties keep file-name order'),
			audience: z
				.enum(['internal', 'public'])
				.describe("Who reads it; sets which of the level's update cadences {{nextUpdate}} uses"),
			channel: z.enum(COMMS_CHANNELS).describe('Where the message is posted: status-page, email, chat or sms'),
			stage: z
				.enum(stageIds as [string, ...string[]], {
					error: (issue) =>
						`unknown status-page stage ${JSON.stringify(issue.input)}; the model defines ${stageIds.map((s) => `"${s}"`).join(', ')}`,
				})
				.optional()
				.describe('Id of the status-page stage (lifecycle.statusPageStages in the model) this post belongs to'),
			kind: z
				.string()
				.refine((id) => kindIds.includes(id), {
					error: (issue) =>
						`unknown kind ${JSON.stringify(issue.input)}; comms-requirements.yaml defines ${kindIds.map((k) => `"${k}"`).join(', ') || 'none'}`,
				})
				.optional()
				.describe(
					'Which kind of message this is (content/model/comms-requirements.yaml); the build checks it says all the kind asks for',
				),
			requiredWhen: z
				.enum(REQUIREMENT_KEYS)
				.optional()
				.describe("Name of the level's `requires` flag that makes this message mandatory, e.g. statusPage"),
			subject: z
				.string()
				.trim()
				.min(1)
				.regex(/^[^\n]*$/, 'a subject is a single line')
				.optional()
				.describe('Email subject or status-page title; one line of plain text with {{placeholders}}'),
			body: z
				.string()
				.trim()
				.min(1)
				.describe('Message text with {{placeholders}}, **bold**, blank lines between paragraphs and "- " list items'),
			limits: z
				.strictObject({
					subject: limit.optional().describe('Most characters the channel accepts in the subject or title'),
					body: limit.optional().describe('Most characters the channel accepts in the body'),
				})
				.optional()
				.describe('Character limits of the channel, shown as counts with a warning when exceeded'),
		})
		.superRefine((template, ctx) => {
			const kind = kinds.find((k) => k.id === template.kind);
			for (const element of kind ? missingElements(kind, `${template.subject ?? ''}\n${template.body}`) : []) {
				ctx.addIssue({
					code: 'custom',
					path: ['body'],
					message: `template "${template.name}" (${kind!.name.toLowerCase()}) does not say ${element.name}; add ${describeElement(element)}`,
				});
			}
			const fields = [
				['body', template.body] as const,
				...(template.subject ? [['subject', template.subject] as const] : []),
			];
			for (const [field, text] of fields) {
				const parsed = parseTemplate(text);
				for (const problem of parsed.problems) {
					ctx.addIssue({ code: 'custom', path: [field], message: `template "${template.name}": ${field} ${problem}` });
				}
				for (const name of parsed.placeholders) {
					if (!known.has(name)) {
						ctx.addIssue({
							code: 'custom',
							path: [field],
							message: `template "${template.name}" uses unknown placeholder {{${name}}}; known placeholders: ${[...known].join(', ')}`,
						});
					} else if (name === 'stage' && !template.stage) {
						ctx.addIssue({
							code: 'custom',
							path: [field],
							message: `template "${template.name}" uses {{stage}} (${COMPUTED_PLACEHOLDERS.stage}) but sets no stage`,
						});
					}
				}
			}
		});
}

type CommsElement = CommsKind['elements'][number];

function says(text: string, element: CommsElement): boolean {
	const used = new Set(parseTemplate(text).placeholders);
	if (element.placeholders.some((name) => used.has(name))) return true;
	const words = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}-]+/gu, ' ')} `;
	return element.words.some((word) => words.includes(` ${word.toLowerCase()} `));
}

/** What a template of this kind leaves out, in the order the kind lists it. */
export function missingElements(kind: CommsKind, text: string): CommsElement[] {
	return kind.elements.filter((element) => !says(text, element));
}

function describeElement(element: CommsElement): string {
	const ways = [
		...element.placeholders.map((name) => `{{${name}}}`),
		...element.words.map((word) => `the word "${word}"`),
	];
	return ways.length === 1 ? ways[0]! : `one of ${ways.join(', ')}`;
}

export type CommsTemplateData = z.output<ReturnType<typeof commsTemplateSchema>>;
/** A template as the tool receives it: its data plus the id taken from the file name. */
export type CommsTemplate = CommsTemplateData & { id: string };
