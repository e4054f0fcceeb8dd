import { escapeHtml } from '../text/html.ts';
import type { RenderedLine, RenderedMessage, Segment } from './render.ts';

export const FORMATS = ['plain', 'markdown', 'slack', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export const FORMAT_NAMES: Record<Format, string> = {
	plain: 'Plain text',
	markdown: 'Markdown',
	slack: 'Slack mrkdwn',
	html: 'HTML email',
};

/** A run of output text; `missing` marks a missing-fact marker so a preview can highlight it. */
export interface Piece {
	text: string;
	missing: boolean;
}

export interface FormattedMessage {
	/** Subjects and status-page titles are plain-text fields everywhere, so they are never marked up. */
	subject: Piece[] | null;
	body: Piece[];
}

/** Slack's zero-width space: invisible, and Slack reads it as a word boundary. */
const ZERO_WIDTH_SPACE = '\u200B';

/**
 * Slack treats `<…>` as links and mentions (`<!channel>`, `<@U123>`) and `&` as the start of an entity;
 * escaping these three is what Slack asks for: https://api.slack.com/reference/surfaces/formatting#escaping
 * Slack has no escape for `*bold*`, `_italic_`, `~strike~` or `` `code` ``, and a marker only opens
 * formatting when a word starts right after it, so a zero-width space after a marker that could open one
 * keeps the characters as typed without the formatting.
 */
export function escapeSlack(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/(^|[^\p{L}\p{N}])([*_~`]+)(?=\S)/gu, (_, before: string, markers: string) => {
			return before + [...markers].map((m) => m + ZERO_WIDTH_SPACE).join('');
		});
}

/**
 * Backslash-escapes the CommonMark punctuation that could start emphasis, links, images, headings,
 * raw HTML, tables, strikethrough or a GFM autolink; `&` only where it would begin an entity. At the start of a line,
 * list and heading-underline markers and indentation (which makes a code block) are neutralised too.
 */
export function escapeMarkdown(text: string, atLineStart: boolean): string {
	let out = text
		.replace(/[\\`*_[\]()#<>|~]/g, '\\$&')
		.replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
		// GFM turns bare addresses into links and ignores escapes inside them, so a typed URL must stay plain text.
		.replace(/(https?|mailto|xmpp):/gi, '$1\\:')
		.replace(/(www)\./gi, '$1\\.')
		.replace(/@/g, '\\@');
	if (atLineStart) {
		out = out
			.replace(/^[ \t]+/, '')
			.replace(/^([-+=])/, '\\$1')
			.replace(/^(\d+)([.)])/, '$1\\$2');
	}
	return out;
}

const LINE_BREAK: Record<Format, string> = { plain: '\n', markdown: '\\\n', slack: '\n', html: '<br>\n' };
const STRONG: Record<Format, [string, string]> = {
	plain: ['', ''],
	markdown: ['**', '**'],
	slack: ['*', '*'],
	html: ['<strong>', '</strong>'],
};
const SAFE_URL = /^https?:\/\/[^\s<>|"'`]+$/i;

function escapeLine(text: string, format: Format, atLineStart: boolean): string {
	switch (format) {
		case 'plain':
			return text;
		case 'markdown':
			return escapeMarkdown(text, atLineStart);
		case 'slack':
			return escapeSlack(text);
		case 'html':
			return escapeHtml(text);
	}
}

/** Escapes a fact or template text; line breaks inside a fact become the format's own line break. */
function escapeText(text: string, format: Format, atLineStart: boolean): string {
	return text
		.split('\n')
		.map((line, i) => escapeLine(line, format, atLineStart || i > 0))
		.join(LINE_BREAK[format]);
}

function link(url: string, format: Format): string | null {
	if (format === 'plain' || !SAFE_URL.test(url)) return null;
	if (format === 'markdown') return `<${url}>`;
	if (format === 'slack') return `<${escapeSlack(url)}>`;
	return `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`;
}

function missingMarker(label: string, format: Format): string {
	const text = `[missing: ${label}]`;
	if (format === 'markdown') return escapeMarkdown(text, false);
	if (format === 'html') return `<mark>${escapeHtml(text)}</mark>`;
	return text;
}

function segmentPiece(segment: Segment, format: Format, atLineStart: boolean): Piece {
	if (segment.kind === 'missing') return { text: missingMarker(segment.label, format), missing: true };
	const asLink = segment.link ? link(segment.text.trim(), format) : null;
	return { text: asLink ?? escapeText(segment.text, format, atLineStart), missing: false };
}

/** Wraps runs of bold segments, keeping edge spaces outside the markers where Markdown and Slack need them. */
function inline(segments: Segment[], format: Format): Piece[] {
	const pieces: Piece[] = [];
	let i = 0;
	while (i < segments.length) {
		const strong = segments[i]!.strong;
		const run: Segment[] = [];
		while (i < segments.length && segments[i]!.strong === strong) run.push(segments[i++]!);
		const [open, close] = strong ? STRONG[format] : ['', ''];
		let lead = '';
		let trail = '';
		if (open) {
			const first = run[0]!;
			const last = run.at(-1)!;
			if (first.kind === 'text') {
				lead = /^\s*/.exec(first.text)![0];
				run[0] = { ...first, text: first.text.slice(lead.length) };
			}
			if (last.kind === 'text') {
				const current = run.at(-1) as Extract<Segment, { kind: 'text' }>;
				trail = /\s*$/.exec(current.text)![0];
				run[run.length - 1] = { ...current, text: current.text.slice(0, current.text.length - trail.length) };
			}
		}
		const atStart = pieces.length === 0 && !lead;
		const runPieces = run.map((s, j) => segmentPiece(s, format, atStart && j === 0));
		pieces.push({ text: lead + open, missing: false }, ...runPieces, { text: close + trail, missing: false });
	}
	return pieces.filter((p) => p.text !== '');
}

function isBlank(line: RenderedLine): boolean {
	return line.segments.every((s) => s.kind === 'text' && !s.text.trim());
}

type Block = { kind: 'paragraph' | 'list'; lines: RenderedLine[] };

function blocks(lines: RenderedLine[]): Block[] {
	const out: Block[] = [];
	let current: Block | null = null;
	for (const line of lines) {
		if (isBlank(line)) {
			current = null;
			continue;
		}
		const kind = line.bullet ? 'list' : 'paragraph';
		if (!current || current.kind !== kind) {
			current = { kind, lines: [] };
			out.push(current);
		}
		current.lines.push(line);
	}
	return out;
}

const text = (t: string): Piece => ({ text: t, missing: false });

function joinLines(lines: Piece[][], separator: string, prefix = '', suffix = ''): Piece[] {
	return lines.flatMap((line, i) => [...(i > 0 ? [text(separator)] : []), text(prefix), ...line, text(suffix)]);
}

function formatBody(lines: RenderedLine[], format: Format): Piece[] {
	const rendered = blocks(lines).map((block) => {
		const inner = block.lines.map((l) => inline(l.segments, format));
		if (format === 'html') {
			return block.kind === 'list'
				? [text('<ul>\n'), ...joinLines(inner, '\n', '<li>', '</li>'), text('\n</ul>')]
				: [text('<p>'), ...joinLines(inner, LINE_BREAK.html), text('</p>')];
		}
		if (block.kind === 'list') return joinLines(inner, '\n', format === 'slack' ? '• ' : '- ');
		return joinLines(inner, LINE_BREAK[format]);
	});
	return rendered.flatMap((b, i) => [...(i > 0 ? [text('\n\n')] : []), ...b]).filter((p) => p.text !== '');
}

/** Turns a rendered message into the exact text to paste, escaping every fact for the chosen format. */
export function formatMessage(message: RenderedMessage, format: Format): FormattedMessage {
	return {
		subject: message.subject ? inline(message.subject.segments, 'plain') : null,
		body: formatBody(message.body, format),
	};
}

export function piecesText(pieces: Piece[]): string {
	return pieces.map((p) => p.text).join('');
}

/** Characters as people and most limits count them: by code point, so an emoji is one, not two. */
export function countCharacters(text: string): number {
	let count = 0;
	for (const _ of text) count++;
	return count;
}
