import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** A file of a content collection, by its project-relative path and its id (the file name). */
export interface ContentFile {
	file: string;
	id: string;
}

/** The files of one folder under content/, recursively, as the collections' glob loaders see them. */
export function listContentFiles(root: string, folder: string, extensions: RegExp): ContentFile[] {
	const dir = join(root, 'content', folder);
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => extensions.test(name))
		.sort()
		.map((name) => ({ file: `content/${folder}/${name.split('\\').join('/')}`, id: name.replace(extensions, '') }));
}

/** The frontmatter of a Markdown file as data; empty when there is none or it does not parse. */
export function frontmatterOf(text: string): Record<string, unknown> {
	const yaml = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
	try {
		return (yaml && (parse(yaml) as Record<string, unknown>)) || {};
	} catch {
		return {};
	}
}

export const MARKDOWN = /\.mdx?$/;
export const readText = (root: string, file: string) => readFileSync(join(root, file), 'utf8');
