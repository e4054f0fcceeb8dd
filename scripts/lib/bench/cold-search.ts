import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface SearchCost {
	/** From asking Pagefind for the query to having the first page of results, in ms. */
	ms: number;
	/** Bytes of every Pagefind file that took, as a host that gzips text sends them. */
	bytes: number;
	requests: number;
	results: number;
}

/** What a gzip-serving host sends for a file; Pagefind's index files are compressed already. */
const wireBytes = (file: string) => {
	const raw = readFileSync(file);
	return Math.min(raw.length, gzipSync(raw).length);
};

/**
 * One search in a browser with an empty cache, through Pagefind's own API the way Starlight's
 * search box runs it: load Pagefind, search, then load the first five results' excerpts. Pagefind
 * fetches from a Web Worker, out of the page's sight, so requests are counted by the browser.
 */
export async function coldSearch(
	browser: Browser,
	baseUrl: string,
	distDir: string,
	query: string,
): Promise<SearchCost> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(baseUrl, { waitUntil: 'load' });
		const fetched = new Set<string>();
		context.on('request', (request) => {
			const { pathname } = new URL(request.url());
			if (pathname.startsWith('/pagefind/')) fetched.add(pathname);
		});
		const { ms, results } = await page.evaluate(async (term) => {
			const started = performance.now();
			const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
			const search = await pagefind.search(term);
			await Promise.all(search.results.slice(0, 5).map((result: { data: () => Promise<unknown> }) => result.data()));
			return { ms: performance.now() - started, results: search.results.length };
		}, query);
		const bytes = [...fetched].reduce((sum, path) => sum + wireBytes(join(distDir, path)), 0);
		return { ms, bytes, requests: fetched.size, results };
	} finally {
		await context.close();
	}
}
