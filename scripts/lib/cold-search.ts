import type { Browser } from 'playwright-core';

export interface SearchCost {
	/** From asking Pagefind for the query to having the first page of results, in ms. */
	ms: number;
	/** Bytes of every Pagefind file that took, as sent over the wire. */
	bytes: number;
	requests: number;
	results: number;
}

/**
 * One search in a browser with an empty cache, through Pagefind's own API, the way Starlight's
 * search box runs it: load Pagefind, search, then load the first five results' excerpts.
 */
export async function coldSearch(browser: Browser, baseUrl: string, query: string): Promise<SearchCost> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(baseUrl, { waitUntil: 'load' });
		return await page.evaluate(async (term) => {
			performance.clearResourceTimings();
			const started = performance.now();
			const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
			const search = await pagefind.search(term);
			await Promise.all(search.results.slice(0, 5).map((result: { data: () => Promise<unknown> }) => result.data()));
			const ms = performance.now() - started;
			const fetched = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) => entry.name.includes('/pagefind/'));
			return { ms, bytes: fetched.reduce((sum, entry) => sum + entry.transferSize, 0), requests: fetched.length, results: search.results.length };
		}, query);
	} finally {
		await context.close();
	}
}
