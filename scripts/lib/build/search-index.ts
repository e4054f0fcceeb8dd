import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { OFFLINE_SEARCH_DIR } from './offline-files.ts';

interface PagefindResponse {
	errors: string[];
}

function orThrow<T extends PagefindResponse>(response: T, step: string): T {
	if (response.errors.length) throw new Error(`Pagefind could not ${step}:\n${response.errors.join('\n')}`);
	return response;
}

const EXCERPT_ESCAPE = 'fragment.content.replace(/</g,"&lt;")';
const EXCERPT_ESCAPE_FIXED = 'fragment.content.replace(/&/g,"&amp;").replace(/</g,"&lt;")';

/**
 * Pagefind builds result excerpts as HTML from the indexed text escaping `<` and `>` but not `&`, so a
 * post-mortem that says `&lt;` literally shows `<` in search results. Its search code is written into the
 * site, so the fix is applied there; if Pagefind's code changes shape, the build stops and says so rather
 * than shipping excerpts that may misquote what people wrote.
 */
export function escapeExcerptAmpersands(bundleDir: string): void {
	for (const file of ['pagefind.js', 'pagefind-worker.js']) {
		const path = join(bundleDir, file);
		const code = readFileSync(path, 'utf8');
		if (code.includes(EXCERPT_ESCAPE_FIXED)) continue;
		const found = code.split(EXCERPT_ESCAPE).length - 1;
		if (found !== 1)
			throw new Error(
				`Pagefind's ${file} no longer builds excerpts the way scripts/lib/search-index.ts expects (found ${found} matches). Check whether this Pagefind escapes "&" in excerpts, then update or remove escapeExcerptAmpersands.`,
			);
		writeFileSync(path, code.replace(EXCERPT_ESCAPE, EXCERPT_ESCAPE_FIXED));
	}
}

async function writeIndex(
	bundleDir: string,
	addPages: (index: pagefind.PagefindIndex) => Promise<number>,
): Promise<number> {
	try {
		const { index } = orThrow(await pagefind.createIndex(), 'start');
		if (!index) throw new Error('Pagefind could not start.');
		const count = await addPages(index);
		orThrow(await index.writeFiles({ outputPath: bundleDir }), 'write the index');
		escapeExcerptAmpersands(bundleDir);
		return count;
	} finally {
		await pagefind.close();
	}
}

/** Indexes a built site the way Starlight would, into `<dir>/pagefind/`; returns the pages indexed. */
export function indexSite(dir: string): Promise<number> {
	return writeIndex(join(dir, 'pagefind'), async (index) => {
		const { page_count } = orThrow(await index.addDirectory({ path: dir }), `read the pages in ${dir}`);
		return page_count;
	});
}

/**
 * Indexes only the given built pages (`severity/`, `` for home) into `<dir>/pagefind-offline/`: the
 * index the service worker saves, which search falls back to when the network is down. As in the full
 * index, Pagefind keeps out the pages Starlight does not mark with `data-pagefind-body`.
 */
export function indexOfflinePages(dir: string, pages: string[]): Promise<number> {
	return writeIndex(join(dir, OFFLINE_SEARCH_DIR), async (index) => {
		for (const page of pages) {
			const content = readFileSync(join(dir, page, 'index.html'), 'utf8');
			orThrow(await index.addHTMLFile({ url: `/${page}`, content }), `read ${page || 'the home page'}`);
		}
		return pages.length;
	});
}
