import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { CommsTemplate } from '../../../src/schemas/comms-template.ts';
import { countCharacters, formatMessage, piecesText, type Format } from '../../../src/domain/comms/format.ts';
import { renderMessage, toCommsModel, type Facts } from '../../../src/domain/comms/render.ts';
import { loadModel } from '../../../src/data/load-model.ts';

const model = toCommsModel(loadModel());

function template(body: string, extra: Partial<CommsTemplate> = {}): CommsTemplate {
	return { id: 'test', name: 'Test message', order: 1, audience: 'public', channel: 'chat', body, ...extra };
}

function output(body: string, facts: Facts, format: Format): string {
	return piecesText(formatMessage(renderMessage(template(body), facts, model), format).body);
}

/** The text a Markdown reader sees: every literal and inline-code value, in order. */
function markdownText(markdown: string): string {
	const collect = (node: { type: string; value?: string; children?: unknown[] }): string =>
		node.type === 'break' ? '\n' : (node.value ?? (node.children ?? []).map((c) => collect(c as typeof node)).join(''));
	return collect(fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }) as never);
}

function decodeHtml(html: string): string {
	return html
		.replace(/<br>\n/g, '\n')
		.replace(/<\/?(p|strong|mark)>/g, '')
		.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);
}

const hostile = {
	html: '<script>alert("x")</script> & <img src=x onerror=alert(1)>',
	markdown: '*_[]()# `code` ~~gone~~ | a | ![img](x) &amp; \\',
	slack: '<!channel> <@U123> <#C999|ops> <https://evil.example|click> & done',
	emoji: 'Payments 🔥💳 failing 👩🏽‍💻',
	rtl: 'خطأ في الدفع — עסקאות נכשלות',
	addresses: 'see https://x.example/a_b|c(d) and www.example.com/~x* or ops@example.com',
};

describe('plain text', () => {
	test.each(Object.entries(hostile))('copies %s facts exactly as typed', (_, fact) => {
		expect(output('Service: {{service}}', { service: fact }, 'plain')).toBe(`Service: ${fact}`);
	});
});

describe('HTML email', () => {
	test('escapes markup so a pasted script never becomes a tag', () => {
		const html = output('Service: {{service}}', { service: hostile.html }, 'html');
		expect(html).not.toMatch(/<script|<img/);
		expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img');
	});

	test.each(Object.entries(hostile))('a reader sees the %s fact unchanged', (_, fact) => {
		expect(decodeHtml(output('Service: {{service}}', { service: fact }, 'html'))).toBe(`Service: ${fact}`);
	});

	test('wraps paragraphs, line breaks, bold and list items in their tags', () => {
		const html = output('**Now:** {{service}}\nline two\n\n- one\n- two', { service: 'API' }, 'html');
		expect(html).toBe('<p><strong>Now:</strong> API<br>\nline two</p>\n\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>');
	});

	test('turns a link fact into an anchor with an escaped address', () => {
		const html = output('{{statusPageUrl}}', { statusPageUrl: 'https://status.example.com/?a=1&b="2"' }, 'html');
		expect(html).toBe('<p>https://status.example.com/?a=1&amp;b=&quot;2&quot;</p>');
		const safe = output('{{statusPageUrl}}', { statusPageUrl: 'https://status.example.com/?a=1&b=2' }, 'html');
		expect(safe).toBe(
			'<p><a href="https://status.example.com/?a=1&amp;b=2">https://status.example.com/?a=1&amp;b=2</a></p>',
		);
	});

	test('never links a javascript: address', () => {
		expect(output('{{statusPageUrl}}', { statusPageUrl: 'javascript:alert(1)' }, 'html')).toBe(
			'<p>javascript:alert(1)</p>',
		);
	});
});

describe('Markdown', () => {
	test('backslash-escapes every character that would start formatting', () => {
		expect(output('A {{service}} B', { service: '*_[]()#' }, 'markdown')).toBe('A \\*\\_\\[\\]\\(\\)\\# B');
	});

	test('keeps raw HTML from rendering', () => {
		expect(markdownText(output('A {{service}} B', { service: hostile.html }, 'markdown'))).toBe(`A ${hostile.html} B`);
	});

	test.each(Object.entries(hostile))('a reader sees the %s fact unchanged', (_, fact) => {
		expect(markdownText(output('A {{service}} B', { service: fact }, 'markdown'))).toBe(`A ${fact} B`);
	});

	test('stops a fact at the start of a line from becoming a heading, list or code block', () => {
		const md = output('{{symptoms}}', { symptoms: '# Big\n- item\n1. first\n    indented' }, 'markdown');
		const tree = fromMarkdown(md);
		expect(tree.children.map((c) => c.type)).toEqual(['paragraph']);
	});

	test('any printable text survives the round trip through a Markdown parser', () => {
		fc.assert(
			fc.property(fc.stringMatching(/^[\x21-\x7e][\x20-\x7e]*[\x21-\x7e]$/), (fact) => {
				expect(markdownText(output('A {{service}} B', { service: fact }, 'markdown'))).toBe(`A ${fact} B`);
			}),
			{ numRuns: 500 },
		);
	});
});

describe('Slack mrkdwn', () => {
	test('escapes &, < and > so mentions and links in facts stay text', () => {
		const slack = output('Service: {{service}}', { service: hostile.slack }, 'slack');
		expect(slack).toBe(
			'Service: &lt;!channel&gt; &lt;@U123&gt; &lt;#C999|ops&gt; &lt;https://evil.example|click&gt; &amp; done',
		);
	});

	test('no fact can open a Slack control sequence', () => {
		fc.assert(
			fc.property(fc.string(), (fact) => {
				const slack = output('Service: {{service}}', { service: fact }, 'slack');
				expect(slack).not.toMatch(/[<>]/);
				expect(slack.replace(/&(amp|lt|gt);/g, '')).not.toContain('&');
			}),
		);
	});

	test('facts typed with Slack formatting stay as typed, without the formatting', () => {
		const slack = output('{{service}}', { service: '*bold* _em_ ~strike~ `code` ```pre``` snake_case a*b' }, 'slack');
		expect(slack.replaceAll('\u200B', '')).toBe('*bold* _em_ ~strike~ `code` ```pre``` snake_case a*b');
		expect(slack).toContain('*\u200Bbold* _\u200Bem_ ~\u200Bstrike~ `\u200Bcode`');
		expect(slack).toContain(' snake_case a*b');
	});

	test('no fact can open Slack formatting: a marker a word could follow is always followed by a zero-width space', () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom('*', '_', '~', '`', ' ', 'a', '1', '\n', '!', 'é') }), (fact) => {
				const slack = output('Service: {{service}}', { service: fact }, 'slack');
				for (const match of slack.matchAll(/(?<![\p{L}\p{N}\u200B*_~`])[*_~`]+(?=[^\s\u200B])/gu))
					throw new Error(`"${match[0]}" could open formatting in ${JSON.stringify(slack)}`);
				expect(slack.replaceAll('\u200B', '')).toBe(output('Service: {{service}}', { service: fact }, 'plain'));
			}),
			{ numRuns: 500 },
		);
	});

	test('bolds with single asterisks and lists with bullets', () => {
		expect(output('**Now:** x\n\n- a', {}, 'slack')).toBe('*Now:* x\n\n• a');
	});
});

describe('missing facts', () => {
	test.each([
		['plain', 'Service: [missing: service]'],
		['markdown', 'Service: \\[missing: service\\]'],
		['slack', 'Service: [missing: service]'],
		['html', '<p>Service: <mark>[missing: service]</mark></p>'],
	] as const)('show a marker in %s', (format, expected) => {
		expect(output('Service: {{service}}', { service: '   ' }, format)).toBe(expected);
	});

	test('flag the marker pieces so a preview can highlight them', () => {
		const rendered = renderMessage(template('{{service}} / {{feature}}'), { service: 'API' }, model);
		expect(rendered.missing).toEqual(['affected feature']);
		const pieces = formatMessage(rendered, 'plain').body;
		expect(pieces.filter((p) => p.missing).map((p) => p.text)).toEqual(['[missing: affected feature]']);
	});
});

describe('large and unusual input', () => {
	test('formats a 20 KB paste in every format without losing any of it', () => {
		const paste = 'Stack trace line <at> & *frame* 🔥\n'.repeat(600);
		expect(paste.length).toBeGreaterThan(20_000);
		for (const format of ['plain', 'markdown', 'slack', 'html'] as const) {
			const started = performance.now();
			const text = output('{{symptoms}}', { symptoms: paste }, format);
			expect(performance.now() - started).toBeLessThan(500);
			expect(text.length).toBeGreaterThanOrEqual(paste.trim().length);
		}
		expect(output('{{symptoms}}', { symptoms: paste }, 'plain')).toBe(paste.trim());
	});

	test('counts an emoji as one character', () => {
		expect(countCharacters('SMS 🔥')).toBe(5);
	});
});
