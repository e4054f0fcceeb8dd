import { readFileSync } from 'node:fs';
import { glob, type Loader } from 'astro/loaders';
import { archiveBodyHtml, readArchiveBody } from '../domain/markdown/archive-body.ts';

/** Thrown when an archive file's notes hold something the archive does not accept; names the file and line. */
export class ArchiveBodyError extends Error {
	constructor(file: string, line: number | undefined, problem: string) {
		super(`${file}${line ? `:${line}` : ''}: body: ${problem}`);
		this.name = 'ArchiveBodyError';
	}
}

function fileLine(fileURL: URL, body: string, bodyLine: number | undefined): number | undefined {
	if (bodyLine === undefined) return undefined;
	const text = readFileSync(fileURL, 'utf8').replace(/\r\n?/g, '\n');
	const before = text.slice(0, text.length - body.length);
	return before.split('\n').length - 1 + bodyLine;
}

/**
 * Astro's glob loader for the post-mortem archive, with each file's notes checked and rendered here: they
 * must be plain text (see readArchiveBody), and rendering them without the site's Markdown pipeline keeps
 * them as typed and spares the bundler one MDX module per post-mortem, most of a large archive's build.
 */
export function archiveGlob(options: Parameters<typeof glob>[0]): Loader {
	const inner = glob(options);
	return {
		name: 'archive-glob',
		load: async (context) => {
			const store: typeof context.store = {
				...context.store,
				set: (entry) => {
					const body = entry.body ?? '';
					const path = entry.filePath ?? entry.id;
					const checked = readArchiveBody(body, path.endsWith('.mdx') ? 'mdx' : 'md');
					if (!checked.ok) {
						const fileURL = new URL(path, context.config.root);
						throw new ArchiveBodyError(path, fileLine(fileURL, body, checked.line), checked.problem);
					}
					const html = body.trim() === '' ? '' : archiveBodyHtml(checked.tree);
					return context.store.set({ ...entry, deferredRender: false, rendered: { html, metadata: {} } });
				},
			};
			await inner.load({ ...context, store });
		},
	};
}
