import { glob, type Loader } from 'astro/loaders';
import { mdxAsMarkdown } from '../domain/markdown/mdx-as-markdown.ts';

/**
 * Astro's glob loader, except that an `.mdx` file whose body is plain Markdown is rendered as
 * Markdown while content syncs. Astro turns every MDX file into a module for the bundler, which
 * costs build time and memory per file; most post-mortems are frontmatter and a few paragraphs,
 * so at thousands of them that cost was most of the build. Files that use components, imports or
 * expressions still go through MDX, so authors lose nothing.
 */
export function markdownFirstGlob(options: Parameters<typeof glob>[0]): Loader {
	const inner = glob(options);
	return {
		name: 'markdown-first-glob',
		load: async (context) => {
			const rendering: Promise<unknown>[] = [];
			const store: typeof context.store = {
				...context.store,
				set: (entry) => {
					const markdown =
						entry.deferredRender && entry.filePath?.endsWith('.mdx') ? mdxAsMarkdown(entry.body ?? '') : null;
					if (markdown === null) return context.store.set(entry);
					const fileURL = new URL(entry.filePath!, context.config.root);
					rendering.push(
						context
							.renderMarkdown(markdown, { fileURL })
							.then((rendered) => context.store.set({ ...entry, deferredRender: false, rendered })),
					);
					return true;
				},
			};
			await inner.load({ ...context, store });
			await Promise.all(rendering);
		},
	};
}
