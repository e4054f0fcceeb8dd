import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

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
export function escapeExcerptAmpersands(dir: string): void {
	for (const file of ['pagefind.js', 'pagefind-worker.js']) {
		const path = join(dir, 'pagefind', file);
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

/** Indexes a built site the way Starlight would, into `<dir>/pagefind/`; returns the pages indexed. */
export async function indexSite(dir: string): Promise<number> {
	try {
		const { index } = orThrow(await pagefind.createIndex(), 'start');
		if (!index) throw new Error('Pagefind could not start.');
		const { page_count } = orThrow(await index.addDirectory({ path: dir }), `read the pages in ${dir}`);
		orThrow(await index.writeFiles({ outputPath: join(dir, 'pagefind') }), 'write the index');
		escapeExcerptAmpersands(dir);
		return page_count;
	} finally {
		await pagefind.close();
	}
}
