import { z } from 'astro/zod';
import { postmortemSchema, type PostmortemInput } from '../../schemas/postmortem.ts';
import { triggerSchema } from '../../schemas/trigger.ts';
import { isServiceId, SERVICE_ID_RULE } from '../text/identifiers.ts';
import { isSafeLink, LINK_RULE } from '../text/links.ts';
import { ownerProblem, type OwnerPolicy } from './owners.ts';
import { UTC_INPUT, type Draft, type DraftActionItem } from './draft.ts';
import { deriveFacts } from './durations.ts';
import { DETECTIONS, TIMESTAMP_FIELDS, TIMESTAMP_LABELS } from './vocabulary.ts';

export interface ConvertOptions {
	/** Who may own an action item (the model's `actionItemOwners`); any owner passes without it. */
	ownerPolicy?: OwnerPolicy;
	levelIds: readonly [string, ...string[]];
	/** Runbook ids that exist; when given, a draft naming any other one is refused (the build would fail). */
	runbookIds?: readonly string[];
}

export type Converted = { ok: true; frontmatter: PostmortemInput; notes: string } | { ok: false; problems: string[] };

/**
 * Removes what cannot survive a round trip through YAML, Markdown and HTML unchanged: carriage returns
 * and invisible control characters. Everything visible, including markup characters, is kept as typed.
 */
export function cleanText(text: string): string {
	return text
		.replace(/\r\n?/g, '\n')
		.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
		.trim();
}

const cleanList = (items: readonly string[]) => items.map(cleanText).filter((s) => s !== '');
const isBlankRow = (row: object, ignore: string[]) =>
	Object.entries(row).every(([k, v]) => ignore.includes(k) || cleanText(v) === '');

function validDate(text: string): boolean {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!m) return false;
	const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
	return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function validMoment(text: string): boolean {
	return UTC_INPUT.test(text) && validDate(text.slice(0, 10)) && !Number.isNaN(Date.parse(`${text}:00Z`));
}

function numberProblem(
	label: string,
	text: string,
	{ integer = false, max }: { integer?: boolean; max?: number } = {},
): string | undefined {
	const value = Number(text.trim());
	if (text.trim() === '') return `${label} is missing (write 0 if there was none).`;
	if (!Number.isFinite(value) || value < 0) return `${label} must be a number of 0 or more.`;
	if (integer && !Number.isInteger(value)) return `${label} must be a whole number.`;
	if (max !== undefined && value > max) return `${label} must be at most ${max}.`;
	return undefined;
}

const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/** The service id a loosely typed name most likely means: "Checkout API" → "checkout-api". */
export function serviceIdFrom(text: string): string {
	const id = text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[^\p{Ll}\p{Lo}\p{Nd}]+/gu, '-')
		.replace(/^-+|-+$/g, '');
	return isServiceId(id) ? id : '';
}

/** What an action item still needs before export, e.g. ["an owner", "a due date"]. */
export function actionItemGaps(item: DraftActionItem, ownerPolicy?: OwnerPolicy): string[] {
	const gaps: string[] = [];
	if (cleanText(item.action) === '') gaps.push('a description of the work');
	if (cleanText(item.owner) === '') gaps.push('an owner');
	else if (ownerPolicy && ownerProblem(cleanText(item.owner), ownerPolicy))
		gaps.push(`one person as owner, not "${shorten(cleanText(item.owner))}"`);
	if (item.priority === '') gaps.push('a priority');
	if (item.due.trim() === '') gaps.push('a due date');
	else if (!validDate(item.due.trim())) gaps.push('a real due date (YYYY-MM-DD)');
	if (item.link.trim() !== '' && !isSafeLink(item.link)) gaps.push(`a link that is ${LINK_RULE}, or no link`);
	return gaps;
}

/**
 * Checks the draft and, when nothing is missing, returns the archive frontmatter and the notes.
 * Problems are sentences in form order that name the section and field, so the export button can
 * say exactly what stands between the draft and a file.
 */
export function toPostmortem(draft: Draft, options: ConvertOptions): Converted {
	const problems: string[] = [];
	const need = (value: string, message: string) => cleanText(value) === '' && problems.push(message);
	need(draft.title, 'Summary: the title is missing.');
	if (!options.levelIds.includes(draft.severity))
		problems.push(`Summary: choose a severity (${options.levelIds.join(', ')}).`);
	const services = cleanList(draft.services);
	if (services.length === 0) problems.push('Summary: name at least one affected service.');
	for (const service of services.filter((s) => !isServiceId(s))) {
		const suggestion = serviceIdFrom(service);
		problems.push(
			`Summary: "${shorten(service)}" is not ${SERVICE_ID_RULE}${suggestion ? `; write it as ${suggestion}` : ''}.`,
		);
	}
	if (!triggerSchema.safeParse(draft.trigger).success) problems.push('Summary: choose what triggered the incident.');
	if (!(DETECTIONS as readonly string[]).includes(draft.detection))
		problems.push('Summary: choose how the incident was detected.');
	need(draft.commander, 'Summary: the incident commander is missing.');
	const authors = cleanList(draft.authors);
	if (authors.length === 0) problems.push('Summary: name at least one author.');
	need(draft.summary, 'Summary: the summary text is missing.');
	for (const field of TIMESTAMP_FIELDS) {
		if (!validMoment(draft[field]))
			problems.push(`Impact: the "${TIMESTAMP_LABELS[field]}" time is missing or not a real date and time.`);
	}
	for (const contradiction of deriveFacts(draft).contradictions) problems.push(`Impact: ${contradiction}`);
	const impactChecks = [
		numberProblem('Impact: users affected', draft.impact.usersAffected, { integer: true }),
		numberProblem('Impact: share of users affected', draft.impact.userShare, { max: 100 }),
		numberProblem('Impact: revenue estimate', draft.impact.revenueEstimate),
		numberProblem('Impact: SLA minutes', draft.impact.slaMinutes),
	];
	for (const p of impactChecks) if (p) problems.push(p);
	const timeline = draft.timeline.filter((e) => !isBlankRow(e, ['key']));
	if (timeline.length === 0) problems.push('Timeline: add at least one entry.');
	timeline.forEach((entry, i) => {
		if (!validMoment(entry.time)) problems.push(`Timeline: entry ${i + 1} needs a real date and time.`);
		if (cleanText(entry.event) === '') problems.push(`Timeline: entry ${i + 1} needs a description.`);
	});
	need(draft.rootCause, 'Root cause: the root cause is missing.');
	const fiveWhys = draft.fiveWhys.filter((w) => !isBlankRow(w, ['key']));
	fiveWhys.forEach((w, i) => {
		if (cleanText(w.why) === '') problems.push(`Five whys: row ${i + 1} needs its question.`);
		if (cleanText(w.because) === '') problems.push(`Five whys: row ${i + 1} needs its answer.`);
	});
	const actionItems = draft.actionItems.filter(
		(a) => !isBlankRow(a, ['key', 'status', 'priority']) || a.priority !== '',
	);
	actionItems.forEach((item, i) => {
		const gaps = actionItemGaps(item, options.ownerPolicy);
		const name = cleanText(item.action) ? ` ("${shorten(cleanText(item.action))}")` : '';
		if (gaps.length) problems.push(`Action items: item ${i + 1}${name} needs ${gaps.join(', ')}.`);
	});
	const runbooks = cleanList(draft.runbooks);
	if (options.runbookIds) {
		for (const id of runbooks)
			if (!options.runbookIds.includes(id)) problems.push(`Runbooks: "${id}" is not a runbook in this handbook.`);
	}
	if (problems.length) return { ok: false, problems };

	const frontmatter: PostmortemInput = {
		title: cleanText(draft.title),
		status: draft.status,
		// Only drills say so: a real incident's file stays as it always was.
		...(draft.exercise && { exercise: true }),
		severity: draft.severity,
		services,
		trigger: draft.trigger as PostmortemInput['trigger'],
		detection: draft.detection as PostmortemInput['detection'],
		commander: cleanText(draft.commander),
		authors,
		started: `${draft.started}:00Z`,
		detected: `${draft.detected}:00Z`,
		acknowledged: `${draft.acknowledged}:00Z`,
		mitigated: `${draft.mitigated}:00Z`,
		resolved: `${draft.resolved}:00Z`,
		impact: {
			usersAffected: Number(draft.impact.usersAffected),
			userShare: Number(draft.impact.userShare),
			revenueEstimate: Number(draft.impact.revenueEstimate),
			slaMinutes: Number(draft.impact.slaMinutes),
		},
		summary: cleanText(draft.summary),
		timeline: timeline.map((e) => ({ time: `${e.time}:00Z`, event: cleanText(e.event) })),
		rootCause: cleanText(draft.rootCause),
		contributingFactors: cleanList(draft.contributingFactors),
		fiveWhys: fiveWhys.map((w) => ({ why: cleanText(w.why), because: cleanText(w.because) })),
		wentWell: cleanList(draft.wentWell),
		wentPoorly: cleanList(draft.wentPoorly),
		lucky: cleanList(draft.lucky),
		actionItems: actionItems.map((a, i) => ({
			id: String(i + 1),
			action: cleanText(a.action),
			priority: a.priority as 'P1' | 'P2' | 'P3',
			owner: cleanText(a.owner),
			due: a.due.trim(),
			status: a.status,
			...(a.link.trim() ? { link: a.link.trim() } : {}),
		})),
		runbooks,
	};
	// The archive schema has the last word; anything it still rejects is reported, never written.
	const checked = postmortemSchema({
		levelIds: options.levelIds as [string, ...string[]],
		runbookRef: z.string(),
		...(options.ownerPolicy ? { ownerPolicy: options.ownerPolicy } : {}),
	}).safeParse(frontmatter);
	if (!checked.success) {
		return {
			ok: false,
			problems: checked.error.issues.map((issue) => `${issue.path.join('.') || 'post-mortem'}: ${issue.message}`),
		};
	}
	return { ok: true, frontmatter, notes: cleanText(draft.notes) };
}

/**
 * The draft as it stands, for the live preview: nothing checked, gaps left empty, so the preview can
 * show an unfinished post-mortem exactly as far as it goes.
 */
export function previewInput(draft: Draft): PostmortemInput {
	const moment = (value: string) => (validMoment(value) ? `${value}:00Z` : '');
	return {
		title: cleanText(draft.title),
		status: draft.status,
		...(draft.exercise && { exercise: true }),
		severity: draft.severity,
		services: cleanList(draft.services),
		trigger: draft.trigger as PostmortemInput['trigger'],
		detection: draft.detection as PostmortemInput['detection'],
		commander: cleanText(draft.commander),
		authors: cleanList(draft.authors),
		started: moment(draft.started),
		detected: moment(draft.detected),
		acknowledged: moment(draft.acknowledged),
		mitigated: moment(draft.mitigated),
		resolved: moment(draft.resolved),
		// Shown as typed; the preview never does arithmetic on them.
		impact: draft.impact as unknown as PostmortemInput['impact'],
		summary: cleanText(draft.summary),
		timeline: draft.timeline
			.filter((e) => !isBlankRow(e, ['key']))
			.map((e) => ({ time: moment(e.time), event: cleanText(e.event) })),
		rootCause: cleanText(draft.rootCause),
		contributingFactors: cleanList(draft.contributingFactors),
		fiveWhys: draft.fiveWhys
			.filter((w) => !isBlankRow(w, ['key']))
			.map((w) => ({ why: cleanText(w.why), because: cleanText(w.because) })),
		wentWell: cleanList(draft.wentWell),
		wentPoorly: cleanList(draft.wentPoorly),
		lucky: cleanList(draft.lucky),
		actionItems: draft.actionItems
			.filter((a) => !isBlankRow(a, ['key', 'status', 'priority']))
			.map((a, i) => ({
				id: String(i + 1),
				action: cleanText(a.action),
				owner: cleanText(a.owner),
				priority: a.priority as 'P1',
				due: a.due,
				status: a.status,
				...(a.link.trim() ? { link: a.link.trim() } : {}),
			})),
		runbooks: cleanList(draft.runbooks),
	};
}

/** `2025-03-15-checkout-errors-after-deploy.mdx`: the archive's naming, date of impact first. */
export function fileNameFor(frontmatter: Pick<PostmortemInput, 'title' | 'started'>): string {
	const slug = frontmatter.title
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return `${String(frontmatter.started).slice(0, 10)}-${slug || 'incident'}.mdx`;
}
