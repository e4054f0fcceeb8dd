import type { BlockContent, Paragraph, PhrasingContent, Root, RootContent, TableRow } from 'mdast';
import type { PostmortemInput } from '../../schemas/postmortem.ts';
import { TRIGGER_LABELS } from '../../schemas/trigger.ts';
import { formatUtc } from '../time/clock.ts';
import { formatDuration } from '../time/durations.ts';
import { deriveFacts } from './durations.ts';
import { EXERCISE_LABEL } from './exercise.ts';
import {
	ACTION_STATUS_LABELS,
	DETECTION_LABELS,
	IMPACT_FIELDS,
	IMPACT_LABELS,
	NO_RUNBOOKS,
	NONE_RECORDED,
	SECTION_TITLES,
	STATUS_LABELS,
	TIMESTAMP_FIELDS,
	TIMESTAMP_LABELS,
	type SectionId,
} from './vocabulary.ts';

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });

/** Line breaks the author typed become hard breaks, so the rendered text keeps its lines. */
function lines(value: string): PhrasingContent[] {
	return value
		.split('\n')
		.flatMap((line, i): PhrasingContent[] => (i === 0 ? [text(line)] : [{ type: 'break' }, text(line)]));
}

/**
 * Free text as the paragraphs Markdown will show: blank lines separate them, and the space around each
 * line is dropped because Markdown drops it too.
 */
export function paragraphTexts(value: string): string[] {
	return value
		.split(/\n\s*\n/)
		.map((block) =>
			block
				.split('\n')
				.map((l) => l.trim())
				.filter((l) => l !== '')
				.join('\n'),
		)
		.filter((block) => block !== '');
}

/** Free text as Markdown paragraphs; every character stays literal text. */
export function paragraphs(value: string): Paragraph[] {
	return paragraphTexts(value).map((block) => ({ type: 'paragraph', children: lines(block) }));
}

const heading = (depth: 1 | 2 | 3, value: string): RootContent => ({ type: 'heading', depth, children: [text(value)] });
const field = (label: string, value: string): BlockContent => ({
	type: 'paragraph',
	children: [strong(`${label}:`), text(` ${value}`)],
});

/** Table cells hold one line; a typed line break becomes a space there. */
const cell = (value: string) => ({ type: 'tableCell' as const, children: [text(value.replace(/\s*\n\s*/g, ' '))] });
const row = (values: readonly string[]): TableRow => ({ type: 'tableRow', children: values.map(cell) });
function table(header: readonly string[], rows: readonly (readonly string[])[]): RootContent {
	return { type: 'table', align: header.map(() => null), children: [row(header), ...rows.map(row)] };
}

const utc = (value: string | Date) => (String(value) === '' ? '' : formatUtc(new Date(value)));
const list = (items: readonly string[]): RootContent =>
	items.length
		? {
				type: 'list',
				ordered: false,
				spread: false,
				children: items.map((item) => ({
					type: 'listItem',
					spread: false,
					children: [{ type: 'paragraph', children: lines(item) }],
				})),
			}
		: { type: 'paragraph', children: [text(NONE_RECORDED)] };
const section = (id: SectionId): RootContent => heading(2, SECTION_TITLES[id]);
const figure = (value: unknown, unit: string) => `${String(value)}${unit}`;

/**
 * The whole post-mortem as a Markdown tree, with the sections and headings of the archive page, in the
 * same order. It feeds the live preview and the GitHub-flavoured Markdown export, so what is previewed is
 * what is copied, and what is copied reads like the page the archive will show.
 */
export function postmortemDocument(pm: PostmortemInput, notes: string, levelLabel?: string): Root {
	const stamps = Object.fromEntries(TIMESTAMP_FIELDS.map((f) => [f, String(pm[f]).slice(0, 16)]));
	const facts = deriveFacts(
		stamps,
		pm.timeline.map((e) => String(e.time).slice(0, 16)),
	);
	const children: RootContent[] = [
		heading(1, pm.title || 'Untitled post-mortem'),
		section('summary'),
		{
			type: 'paragraph',
			children: [
				strong('Severity:'),
				text(` ${pm.severity}${levelLabel ? ` (${levelLabel})` : ''} · `),
				strong('Status:'),
				text(` ${STATUS_LABELS[pm.status] ?? pm.status}`),
				...(pm.exercise ? [text(' · '), strong(`${EXERCISE_LABEL}:`), text(' a drill, not a real incident')] : []),
			],
		},
		field('Services', pm.services.join(', ')),
		field('Trigger', TRIGGER_LABELS[pm.trigger] ?? '—'),
		field('Detected by', DETECTION_LABELS[pm.detection] ?? '—'),
		field('Incident commander', pm.commander),
		field('Authors', pm.authors.join(', ')),
		...paragraphs(pm.summary),
		section('impact'),
		table(
			['Measure', 'Value'],
			[
				...IMPACT_FIELDS.map((f) => [IMPACT_LABELS[f].label, figure(pm.impact[f], IMPACT_LABELS[f].unit)]),
				...TIMESTAMP_FIELDS.map((f) => [TIMESTAMP_LABELS[f], utc(pm[f])]),
				...facts.durations.filter((d) => d.minutes !== undefined).map((d) => [d.label, formatDuration(d.minutes)]),
			],
		),
		section('timeline'),
		table(
			['Time (UTC)', 'Event'],
			pm.timeline.map((e) => [utc(e.time).replace(' UTC', ''), e.event]),
		),
		section('root-cause'),
		...paragraphs(pm.rootCause),
		section('contributing-factors'),
		list(pm.contributingFactors ?? []),
		section('five-whys'),
		pm.fiveWhys?.length
			? {
					type: 'list',
					ordered: true,
					spread: false,
					children: pm.fiveWhys.map((w) => ({
						type: 'listItem',
						spread: false,
						children: [{ type: 'paragraph', children: [...lines(w.why), text(' — '), ...lines(w.because)] }],
					})),
				}
			: { type: 'paragraph', children: [text(NONE_RECORDED)] },
		section('went-well'),
		list(pm.wentWell ?? []),
		section('went-poorly'),
		list(pm.wentPoorly ?? []),
		section('lucky'),
		list(pm.lucky ?? []),
		section('action-items'),
		pm.actionItems?.length
			? table(
					['Id', 'Action', 'Owner', 'Priority', 'Due', 'Status'],
					pm.actionItems.map((a) => [
						a.id,
						a.action + (a.link ? ` (${a.link})` : ''),
						a.owner,
						a.priority,
						String(a.due).slice(0, 10),
						ACTION_STATUS_LABELS[a.status] ?? a.status,
					]),
				)
			: { type: 'paragraph', children: [text(NONE_RECORDED)] },
		section('runbooks'),
		pm.runbooks?.length ? list(pm.runbooks.map(String)) : { type: 'paragraph', children: [text(NO_RUNBOOKS)] },
	];
	const noteBlocks = paragraphs(notes);
	if (noteBlocks.length) children.push(section('notes'), ...noteBlocks);
	return { type: 'root', children };
}
