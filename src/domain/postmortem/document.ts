import type { BlockContent, Paragraph, PhrasingContent, Root, RootContent, TableRow } from 'mdast';
import type { PostmortemInput } from '../../schemas/postmortem.ts';
import { TRIGGER_LABELS } from '../../schemas/trigger.ts';
import { deriveFacts, formatMinutes, TIMESTAMP_LABELS } from './durations.ts';
import { TIMESTAMP_FIELDS } from './draft.ts';

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
const list = (items: readonly string[], ordered = false): RootContent => ({
	type: 'list',
	ordered,
	spread: false,
	children: items.map((item) => ({
		type: 'listItem',
		spread: false,
		children: [{ type: 'paragraph', children: lines(item) }],
	})),
});
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

const utc = (value: string | Date) =>
	`${String(value instanceof Date ? value.toISOString() : value)
		.slice(0, 16)
		.replace('T', ' ')} UTC`;
const orNone = (items: readonly string[]): RootContent =>
	items.length ? list(items) : { type: 'paragraph', children: [text('None recorded.')] };

/**
 * The whole post-mortem as a Markdown tree, sections in the handbook's template order. It feeds the
 * live preview and the GitHub-flavoured Markdown export, so what is previewed is what is copied.
 */
export function postmortemDocument(pm: PostmortemInput, notes: string, levelLabel?: string): Root {
	const stamps = Object.fromEntries(TIMESTAMP_FIELDS.map((f) => [f, String(pm[f]).slice(0, 16)]));
	const facts = deriveFacts(
		stamps,
		pm.timeline.map((e) => String(e.time).slice(0, 16)),
	);
	const children: RootContent[] = [
		heading(1, pm.title || 'Untitled post-mortem'),
		heading(2, 'Summary'),
		{
			type: 'paragraph',
			children: [
				strong('Severity:'),
				text(` ${pm.severity}${levelLabel ? ` (${levelLabel})` : ''} · `),
				strong('Status:'),
				text(` ${pm.status}`),
			],
		},
		field('Services', pm.services.join(', ')),
		field('Trigger', TRIGGER_LABELS[pm.trigger] ?? '—'),
		field('Detected by', pm.detection.replace('-', ' ')),
		field('Incident commander', pm.commander),
		field('Authors', pm.authors.join(', ')),
		...paragraphs(pm.summary),
		heading(2, 'Impact'),
		table(
			['Measure', 'Value'],
			[
				['Users affected', String(pm.impact.usersAffected)],
				['Share of users', `${pm.impact.userShare}%`],
				['Revenue estimate', String(pm.impact.revenueEstimate)],
				['Minutes against the SLA', String(pm.impact.slaMinutes)],
				...TIMESTAMP_FIELDS.map((f) => [TIMESTAMP_LABELS[f], utc(pm[f])]),
				...facts.durations.filter((d) => d.minutes !== undefined).map((d) => [d.label, formatMinutes(d.minutes!)]),
			],
		),
		heading(2, 'Timeline'),
		table(
			['Time (UTC)', 'Event'],
			pm.timeline.map((e) => [utc(e.time).replace(' UTC', ''), e.event]),
		),
		heading(2, 'Root cause and contributing factors'),
		...paragraphs(pm.rootCause),
		heading(3, 'Contributing factors'),
		orNone(pm.contributingFactors ?? []),
	];
	if (pm.fiveWhys?.length) {
		children.push(heading(2, 'Five whys'), {
			type: 'list',
			ordered: true,
			spread: false,
			children: pm.fiveWhys.map((w) => ({
				type: 'listItem',
				spread: false,
				children: [{ type: 'paragraph', children: [...lines(w.why), text(' — '), ...lines(w.because)] }],
			})),
		});
	}
	children.push(
		heading(2, 'What went well'),
		orNone(pm.wentWell ?? []),
		heading(2, 'What went poorly'),
		orNone(pm.wentPoorly ?? []),
		heading(2, 'Where we got lucky'),
		orNone(pm.lucky ?? []),
		heading(2, 'Action items'),
		pm.actionItems?.length
			? table(
					['Id', 'Action', 'Owner', 'Priority', 'Due', 'Status'],
					pm.actionItems.map((a) => [
						a.id,
						a.action + (a.link ? ` (${a.link})` : ''),
						a.owner,
						a.priority,
						String(a.due).slice(0, 10),
						a.status,
					]),
				)
			: { type: 'paragraph', children: [text('None recorded.')] },
	);
	if (pm.runbooks?.length) children.push(heading(2, 'Runbooks used'), list(pm.runbooks.map(String)));
	const noteBlocks = paragraphs(notes);
	if (noteBlocks.length) children.push(heading(2, 'Notes'), ...noteBlocks);
	return { type: 'root', children };
}
