import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { describe, expect, test } from 'vitest';
import { mdxAsMarkdown } from '../../../src/domain/markdown/mdx-as-markdown.ts';

/** The document's structure and text with positions dropped, so two parses can be compared. */
function shape(node: Nodes): unknown {
	const { position: _position, ...rest } = node as Nodes & { position?: unknown };
	if ('children' in rest) return { ...rest, children: (rest.children as Nodes[]).map(shape) };
	return rest;
}

const asMdx = (text: string) =>
	shape(fromMarkdown(text, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] }));
const asMarkdown = (text: string) =>
	shape(fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }));

describe('mdxAsMarkdown', () => {
	test('gives Markdown that reads as the same document the MDX did', () => {
		const body = [
			'Review held on **Tuesday**; see [the ticket](https://example.com/T-1).',
			'',
			'\\# not a heading, \\<div>not HTML\\</div>, \\{not.an.expression} and a|b|c ✅',
			'',
			'    four spaces in MDX are a paragraph, not code',
			'',
			'| Step | Owner |',
			'| --- | --- |',
			'| roll back | platform |',
			'',
			'```sh',
			'kubectl rollout undo deploy/api',
			'```',
		].join('\n');
		const markdown = mdxAsMarkdown(body);
		expect(markdown).not.toBeNull();
		expect(asMarkdown(markdown!)).toEqual(asMdx(body));
	});

	test('refuses bodies that need MDX: imports, components and expressions', () => {
		expect(
			mdxAsMarkdown("import { Aside } from '@astrojs/starlight/components';\n\n<Aside>Careful</Aside>"),
		).toBeNull();
		expect(mdxAsMarkdown('Text with <Badge text="new" /> inside')).toBeNull();
		expect(mdxAsMarkdown('The answer is {40 + 2}.')).toBeNull();
	});

	test('refuses what does not parse as MDX, so the MDX compiler reports it with the file name', () => {
		expect(mdxAsMarkdown('a < b and {unclosed')).toBeNull();
	});

	test('keeps any text the post-mortem tool writes as the same text', () => {
		const text = fc.string({ unit: fc.constantFrom(...'ab #*_`<>{}[]()|\\!-+.=~:\n🚨שׁ'.split('')), maxLength: 60 });
		fc.assert(
			fc.property(text, (typed) => {
				const mdx = toMarkdown(
					{ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: typed }] }] },
					{ extensions: [mdxToMarkdown()] },
				);
				const markdown = mdxAsMarkdown(mdx);
				expect(markdown).not.toBeNull();
				expect(asMarkdown(markdown!)).toEqual(asMdx(mdx));
			}),
		);
	});
});
