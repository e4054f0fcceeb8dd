import type { Nodes, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';

function plain(node: Nodes): string {
	if (node.type === 'break') return '\n';
	if (
		'value' in node &&
		node.type !== 'mdxFlowExpression' &&
		node.type !== 'mdxTextExpression' &&
		node.type !== 'mdxjsEsm'
	)
		return node.value;
	if ('children' in node) return (node.children as Nodes[]).map(plain).join('');
	return '';
}

/**
 * The text an archive file's MDX body renders, one block per paragraph: the way back from
 * `notesToMdx`. Used at build time (archive JSON for "start from an entry") and by the round-trip tests;
 * it pulls in the MDX parser, so it never ships to the browser.
 */
export function readNotes(body: string): string {
	const tree = fromMarkdown(body, {
		extensions: [mdxjs(), gfm()],
		mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()],
	});
	return tree.children
		.map((block: RootContent) => plain(block))
		.filter((text) => text.trim() !== '')
		.join('\n\n');
}
