import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown, gfmToMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';

const MDX_ONLY = new Set([
	'mdxjsEsm',
	'mdxJsxFlowElement',
	'mdxJsxTextElement',
	'mdxFlowExpression',
	'mdxTextExpression',
]);

function usesMdx(node: Nodes): boolean {
	return MDX_ONLY.has(node.type) || ('children' in node && (node.children as Nodes[]).some(usesMdx));
}

/**
 * The same document as plain Markdown, when an MDX body uses nothing but Markdown (no imports,
 * components or expressions); `null` when it needs MDX, or does not parse as MDX at all.
 *
 * Parsing as MDX first keeps MDX's reading of the text (its escapes, no raw HTML, no indented
 * code); writing it out as CommonMark escapes whatever Markdown would read differently. A body
 * that passes can be rendered as Markdown, which skips the bundler's per-file MDX module.
 */
export function mdxAsMarkdown(body: string): string | null {
	let tree;
	try {
		tree = fromMarkdown(body, {
			extensions: [mdxjs(), gfm()],
			mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()],
		});
	} catch {
		return null;
	}
	if (usesMdx(tree)) return null;
	return toMarkdown(tree, { extensions: [gfmToMarkdown()] });
}
