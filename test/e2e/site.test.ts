import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from './support/session.ts';
import { holdSearchCode, SEARCH_CODE, pressSearchShortcut } from './support/search-box.ts';
import { PAGEFIND_PRECOMPRESSED } from '../../scripts/lib/build/static-server.ts';

const session = useBrowser();

describe('the build', () => {
	test('prints no warnings and no page-by-page lines, only what it did', () => {
		const lines = inject('buildOutput')
			.split('\n')
			.map((line) => line.trim())
			.filter(Boolean);
		expect(lines.filter((line) => /warn|error/i.test(line))).toEqual([]);
		expect(lines).toEqual([
			'Building the site with Astro…',
			expect.stringMatching(/^Built the site into .+ in \d+\.\d s\.$/),
			'Building the search index with Pagefind…',
			expect.stringMatching(/^Indexed \d+ pages in \d+\.\d+ s\.$/),
			expect.stringMatching(
				/^Wrote the service worker: \d+ files to keep offline \(\d+\.\d MB before compression\), with a search index of their \d+ pages\.$/,
			),
		]);
	});
});

describe('the built handbook', () => {
	test('the home page renders with the title and a way into the severity matrix', async () => {
		const page = await session.open('/');
		await expect(page.title()).resolves.toContain('Incident Handbook');
		const classify = page.getByRole('link', { name: /severity/i }).first();
		await expect(classify.isVisible()).resolves.toBe(true);
	});

	test('search finds a handbook page by a word in its body', async () => {
		const page = await session.open('/');
		await page.getByRole('button', { name: 'Search' }).click();
		await page.getByRole('textbox', { name: 'Search' }).fill('acknowledge');
		const result = page.locator('.pagefind-ui__result-link').first();
		await result.waitFor({ timeout: 15_000 });
		const hrefs = await page
			.locator('.pagefind-ui__result-link')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		expect(hrefs.some((href) => href?.includes('/severity/'))).toBe(true);
	});

	test('a page fetches no search code until the reader points at search', async () => {
		const page = await session.open('/severity/');
		const searchCode: string[] = [];
		page.on('request', (request) => {
			if (SEARCH_CODE.test(new URL(request.url()).pathname)) searchCode.push(request.url());
		});
		await page.waitForLoadState('networkidle');
		// Past the moment Starlight would have fetched search (when idle); a machine busy with other tests
		// may not idle this page at all, so the wait ends after a few seconds either way.
		await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5000 })));
		expect(searchCode).toEqual([]);
		await page.getByRole('button', { name: 'Search' }).hover();
		await expect.poll(() => searchCode.length).toBeGreaterThan(0);
	});

	test('what is typed straight after Ctrl+K, before the search box has loaded, is kept and searched', async () => {
		const page = await session.open('/');
		const release = await holdSearchCode(page);
		await pressSearchShortcut(page);
		await page.keyboard.type('acknowledge');
		const standIn = await page.locator('[data-search-stand-in] input').boundingBox();
		release();
		const input = page.locator('.pagefind-ui__search-input:not([data-search-stand-in] *)');
		await expect.poll(() => input.inputValue()).toBe('acknowledge');
		// Same classes as Pagefind's own box, so nothing jumps when it takes over (an upgrade that renames them shows here).
		expect(await input.boundingBox()).toEqual(standIn);
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.className ?? ''))
			.toContain('pagefind-ui__search-input');
		await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
		await expect(page.locator('[data-search-stand-in]').count()).resolves.toBe(0);
	});

	test('search that cannot load says so, and works after a reload', async () => {
		const page = await session.open('/');
		await page.route(SEARCH_CODE, (route) => route.abort());
		await page.getByRole('button', { name: 'Search' }).click();
		await page.getByRole('alert').filter({ hasText: 'Search could not be loaded' }).waitFor();
		await page.unroute(SEARCH_CODE);
		await page.reload();
		await page.getByRole('button', { name: 'Search' }).click();
		await page.getByRole('textbox', { name: 'Search' }).fill('acknowledge');
		await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
	});

	// The server labels these as gzip (so search goes through that path here); a file that was not gzip would break search.
	test('every Pagefind file served with a gzip label really is gzip', () => {
		const root = session.distDir;
		const labelled = readdirSync(join(root, 'pagefind'), { recursive: true, encoding: 'utf8' })
			.map(
				(file) =>
					`/${relative(root, join(root, 'pagefind', file))
						.split(sep)
						.join('/')}`,
			)
			.filter((path) => PAGEFIND_PRECOMPRESSED.test(path));
		expect(labelled.length).toBeGreaterThan(10);
		for (const path of labelled) expect([...readFileSync(join(root, path)).subarray(0, 2)], path).toEqual([0x1f, 0x8b]);
	});

	test('an unknown address shows the handbook 404 page', async () => {
		const page = await session.open('/no-such-page/');
		await expect(page.locator('h1').textContent()).resolves.toMatch(/not found|404/i);
	});

	/*
	 * What scripts add (the alert lookup, sort buttons, the tools' islands) must be there at first paint
	 * or take no room. On a slow, busy machine Starlight's own layout sometimes paints its table of
	 * contents across the page and then moves it to its column; that move is Starlight's, on every
	 * page with a table of contents, so it is left out here.
	 */
	test.each(['/runbooks/', '/archive/', '/tools/classify/', '/tools/comms/', '/tools/console/', '/tools/post-mortem/'])(
		'%s does not move under the reader as it loads',
		async (path) => {
			const page = await session.open(path);
			await page.waitForLoadState('networkidle');
			const shift = await page.evaluate(
				() =>
					new Promise<number>((resolve) => {
						let total = 0;
						new PerformanceObserver((list) => {
							type Shift = PerformanceEntry & { value: number; sources: { node?: Node | null }[] };
							const starlightToc = (source: Shift['sources'][number]) =>
								source.node instanceof Element && source.node.closest('.right-sidebar') !== null;
							for (const entry of list.getEntries() as Shift[])
								if (!entry.sources.every(starlightToc)) total += entry.value;
						}).observe({ type: 'layout-shift', buffered: true });
						setTimeout(() => resolve(total), 200);
					}),
			);
			expect(shift).toBeLessThan(0.01);
		},
	);
});
