import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { isSafeLinkTarget, LINK_RULE } from '../text/links.ts';

/** How an archive file's body is written: `.mdx` (what the post-mortem tool exports) or plain `.md`. */
export type BodySyntax = 'md' | 'mdx';

export type ArchiveBody = { ok: true; tree: Root } | { ok: false; line: number | undefined; problem: string };

const CODE_NODES: Record<string, string> = {
	mdxjsEsm: 'an import or export statement',
	mdxJsxFlowElement: 'a component or HTML tag',
	mdxJsxTextElement: 'a component or HTML tag',
	mdxFlowExpression: 'a {…} expression',
	mdxTextExpression: 'a {…} expression',
	html: 'raw HTML',
};

const ESCAPE_HINT =
	'post-mortem notes are plain text; escape the character with a backslash (\\{, \\<) or, for a line that starts with import or export, reword it or write its first letter as &#x65; (e) or &#x69; (i)';

interface Refusal {
	node: Nodes;
	problem: string;
}

function refuse(node: Nodes): Refusal | undefined {
	if (node.type in CODE_NODES)
		return { node, problem: `it contains ${CODE_NODES[node.type]}, which would be read as code; ${ESCAPE_HINT}` };
	if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isSafeLinkTarget(node.url))
		return {
			node,
			problem: `the link ${JSON.stringify(node.url)} is not allowed; a link is ${LINK_RULE}, or a path on this site`,
		};
	if (!('children' in node)) return undefined;
	for (const child of node.children as Nodes[]) {
		const found = refuse(child);
		if (found) return found;
	}
	return undefined;
}

/**
 * GFM turns any address in running text into a link, even one the post-mortem tool escaped, so notes typed
 * as plain text would not come out as typed. Only links written as links (`[text](url)`, `<url>`) stay links.
 */
function unlinkBareAddresses(node: Nodes, source: string): void {
	if (!('children' in node)) return;
	node.children = (node.children as Nodes[]).map((child) => {
		if (child.type === 'link' && !/^[[<]/.test(source.slice(child.position?.start.offset ?? 0))) {
			return { type: 'text', value: child.children.map((c) => ('value' in c ? c.value : '')).join('') };
		}
		unlinkBareAddresses(child, source);
		return child;
	}) as typeof node.children;
}

/**
 * Reads the notes of an archive file and refuses anything that would run or be read as code. Post-mortems
 * arrive by pull request from many hands, so the body is held to what the post-mortem tool writes: Markdown
 * text, never imports, exports, components, expressions or raw HTML.
 */
export function readArchiveBody(body: string, syntax: BodySyntax): ArchiveBody {
	let tree: Root;
	try {
		tree =
			syntax === 'mdx'
				? fromMarkdown(body, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] })
				: fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
	} catch (error) {
		const place = error as { line?: number; reason?: string; message?: string };
		return {
			ok: false,
			line: place.line,
			problem: `MDX cannot read it as text (${place.reason ?? place.message}); ${ESCAPE_HINT}`,
		};
	}
	unlinkBareAddresses(tree, body);
	const refusal = refuse(tree);
	if (refusal) return { ok: false, line: refusal.node.position?.start.line, problem: refusal.problem };
	return { ok: true, tree };
}

/**
 * The notes as HTML, rendered here rather than by the site's Markdown pipeline so that text comes out as
 * typed: no curly quotes, no dashes made from hyphens, nothing linked that was not written as a link.
 */
export function archiveBodyHtml(tree: Root): string {
	return toHtml(toHast(tree));
}
