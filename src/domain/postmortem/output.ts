import type { Root } from 'mdast';
import { toMarkdown, type Options } from 'mdast-util-to-markdown';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { stringify } from 'yaml';
import type { PostmortemInput } from '../../schemas/postmortem.ts';
import { fileNameFor } from './convert.ts';
import { paragraphs, postmortemDocument } from './document.ts';

/**
 * Escaping every pipe keeps a typed line such as `a | b` followed by `:-|-` from turning into a GFM
 * table, which would render different text from what was typed.
 */
const PIPE: NonNullable<Options['unsafe']>[number] = { character: '|', inConstruct: 'phrasing' };

/**
 * MDX reads a line that starts with `import` or `export` as JavaScript, so "export jobs were delayed" would
 * stop the build and `export const x = 1` would vanish. Writing the first letter as a character reference
 * keeps the words and reads back as the same text.
 */
const MODULE_KEYWORDS: NonNullable<Options['unsafe']> = [
	{ character: 'i', atBreak: true, after: 'mport' },
	{ character: 'e', atBreak: true, after: 'xport' },
];

const markdownOptions: Options = { bullet: '-', emphasis: '_', rule: '-', fences: true };

/** The MDX body: the free-form notes, serialised so MDX reads every character back as plain text. */
export function notesToMdx(notes: string): string {
	const tree: Root = { type: 'root', children: paragraphs(notes) };
	if (tree.children.length === 0) return '';
	return toMarkdown(tree, {
		...markdownOptions,
		extensions: [mdxToMarkdown(), gfmToMarkdown({ tablePipeAlign: false })],
		unsafe: [PIPE, ...MODULE_KEYWORDS],
	});
}

/**
 * YAML 1.1 output because Astro reads frontmatter with js-yaml, which would take an unquoted `yes`,
 * `on` or `2025-03-15` as a boolean or a date; 1.1 quotes them. No line folding, so each value stays
 * on its own lines exactly as typed.
 */
export function frontmatterToYaml(frontmatter: PostmortemInput): string {
	return stringify(frontmatter, { version: '1.1', lineWidth: 0, minContentWidth: 0 });
}

export interface PostmortemFile {
	fileName: string;
	content: string;
}

/** The archive file: YAML frontmatter with every structured field, then the notes as the MDX body. */
export function buildPostmortemFile(frontmatter: PostmortemInput, notes: string): PostmortemFile {
	const body = notesToMdx(notes);
	return {
		fileName: fileNameFor(frontmatter),
		content: `---\n${frontmatterToYaml(frontmatter)}---\n${body ? `\n${body}` : ''}`,
	};
}

/** The whole post-mortem as GitHub-flavoured Markdown, for pasting into GitHub, GitLab or Confluence. */
export function toGfm(frontmatter: PostmortemInput, notes: string, levelLabel?: string): string {
	return toMarkdown(postmortemDocument(frontmatter, notes, levelLabel), {
		...markdownOptions,
		// Unpadded tables: a very long cell would otherwise pad every other row to its width.
		extensions: [gfmToMarkdown({ tablePipeAlign: false })],
		unsafe: [PIPE],
	});
}

/**
 * GitHub's "create new file" page with the name and contents filled in. GitLab and others use other
 * paths, so this only applies when the configured repository is on GitHub.
 */
export function pullRequestUrl(repository: string, file: PostmortemFile, branch = 'main'): string {
	const base = repository.replace(/\/+$/, '');
	return `${base}/new/${encodeURIComponent(branch)}?filename=${encodeURIComponent(`content/postmortems/${file.fileName}`)}&value=${encodeURIComponent(file.content)}`;
}
