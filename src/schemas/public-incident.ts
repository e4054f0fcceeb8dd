import { z } from 'astro/zod';
import { calendarDateSchema } from './calendar-date.ts';
import { triggerSchema } from './trigger.ts';

/**
 * The address of a public page. `z.url()` alone also accepts `javascript:`, `file:` or `mailto:`
 * addresses, none of which a reader can follow to check a figure, so only http: and https: pass.
 */
export const webAddressSchema = z
	.url({ error: 'expected a web address such as https://example.com/post-incident-review' })
	// Text that is no address at all already failed z.url() above, with its own message.
	.refine((value) => !URL.canParse(value) || ['http:', 'https:'].includes(new URL(value).protocol), {
		error: (issue) => `expected an http: or https: address; got "${String(issue.input)}"`,
	})
	.describe('Address of a public web page (http: or https: only)');

/** How long customers felt the outage, and the page that states the figure or the times it comes from. */
export const publicIncidentDurationSchema = z
	.strictObject({
		minutes: z.number().int().positive().describe('Approximate length of customer impact, in minutes'),
		source: webAddressSchema.describe(
			'Address of the page that states this duration or the times it is worked out from',
		),
		note: z
			.string()
			.trim()
			.min(1)
			.max(300)
			.optional()
			.describe('What the figure measures (from when to when), where the sources measure it differently'),
	})
	.describe('Length of customer impact and where that figure comes from');

/** One thing the company changed afterwards, with the document that announced it. */
export const publicIncidentChangeSchema = z
	.strictObject({
		change: z.string().trim().min(1).describe('What the company changed or committed to change, in our own words'),
		source: webAddressSchema.describe('Address of the document that announces this change'),
	})
	.describe('A change the company announced after the outage');

/** A number quoted in the summary, with the page that gives it. */
export const publicIncidentFigureSchema = z
	.strictObject({
		figure: z
			.string()
			.trim()
			.min(1)
			.describe('The figure exactly as the summary writes it, e.g. "8.5 million" or "04:09 to 05:27 UTC"'),
		source: webAddressSchema.describe('Address of the page that gives this figure'),
	})
	.describe('A figure in the summary and where it comes from');

export type PublicIncidentFigure = z.output<typeof publicIncidentFigureSchema>;

/**
 * Numbers written with digits, such as 775, 8.5, 5,000 or 04:09. A digit run glued to a letter, or
 * hyphenated onto a word, is part of a name rather than a figure (S3, 5xx, 100G, us-east-1), so it is
 * left alone. Numbers written as words are not found: write figures with digits so this check sees them.
 */
const NUMBER = /(?<![\p{L}\d])(?<!\p{L}-)\d+(?:[.,:]\d+)*(?![\p{L}\d])/gu;

export interface FigureSpan {
	start: number;
	end: number;
	figure: PublicIncidentFigure;
}

/** Where each cited figure first appears in the text, in reading order, without overlaps. */
export function figureSpans(text: string, figures: readonly PublicIncidentFigure[]): FigureSpan[] {
	const found = figures
		.map((figure) => ({ start: text.indexOf(figure.figure), figure }))
		.filter((span) => span.start >= 0)
		.map((span) => ({ ...span, end: span.start + span.figure.figure.length }))
		.sort((a, b) => a.start - b.start || b.end - a.end);
	const spans: FigureSpan[] = [];
	for (const span of found)
		if (spans.every((kept) => span.start >= kept.end || span.end <= kept.start)) spans.push(span);
	return spans.sort((a, b) => a.start - b.start);
}

/** Numbers in the text that no cited figure covers. */
export function unsourcedNumbers(text: string, figures: readonly PublicIncidentFigure[]): string[] {
	const covered: [number, number][] = [];
	for (const { figure } of figures) {
		for (let at = text.indexOf(figure); at >= 0 && figure !== ''; at = text.indexOf(figure, at + 1)) {
			covered.push([at, at + figure.length]);
		}
	}
	return [...text.matchAll(NUMBER)]
		.filter((match) => !covered.some(([start, end]) => match.index >= start && match.index + match[0].length <= end))
		.map((match) => match[0]);
}

/** A well-known public outage, summarised in our own words; every figure names the page that gives it. */
export const publicIncidentSchema = z
	.strictObject({
		company: z.string().trim().min(1).describe('Company that had the outage'),
		title: z.string().trim().min(1).describe('Short name of the outage, without figures (they belong in the summary)'),
		date: calendarDateSchema.describe('Day the outage began, YYYY-MM-DD'),
		duration: publicIncidentDurationSchema,
		trigger: triggerSchema,
		summary: z
			.string()
			.trim()
			.min(1)
			.describe('What happened, in our own words; every number in it is listed under sources'),
		sources: z
			.array(publicIncidentFigureSchema)
			.default([])
			.describe('The page behind each number in the summary (counts, percentages, times)'),
		changes: z.array(publicIncidentChangeSchema).min(1).describe('What the company changed afterwards'),
		source: webAddressSchema.describe("Address of the company's own main write-up"),
	})
	.superRefine((incident, ctx) => {
		if ([...incident.title.matchAll(NUMBER)].length > 0) {
			ctx.addIssue({
				code: 'custom',
				path: ['title'],
				message: 'keep figures out of the title; put them in the summary and cite them under sources',
			});
		}
		incident.sources.forEach((cited, index) => {
			if (!incident.summary.includes(cited.figure)) {
				ctx.addIssue({
					code: 'custom',
					path: ['sources', index, 'figure'],
					message: `"${cited.figure}" does not appear in the summary; write it exactly as the summary does`,
				});
			}
		});
		for (const number of unsourcedNumbers(incident.summary, incident.sources)) {
			ctx.addIssue({
				code: 'custom',
				path: ['summary'],
				message: `the summary's number "${number}" names no source: add it to sources as { figure, source }, or remove it`,
			});
		}
	});

export type PublicIncident = z.output<typeof publicIncidentSchema>;
