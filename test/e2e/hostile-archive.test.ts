import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { HostileArchive, HostileEntry } from '../support/hostile-archive.ts';
import { useBrowser } from './support/session.ts';

const session = useBrowser('hostile');
const archive: HostileArchive = JSON.parse(readFileSync(join(session.distDir, 'hostile-archive.json'), 'utf8'));
const replay = `(replay with HOSTILE_SEED=${archive.seed})`;

/** Calls that only typed text could make: any of them means a page ran what someone wrote. */
const TRIPWIRE = `
	window.__tripwireCalls = [];
	window.__tripwire = (n) => window.__tripwireCalls.push(n);
	window.alert = (n) => window.__tripwireCalls.push('alert ' + n);
`;

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

async function tripwireCalls(page: Page): Promise<unknown[]> {
	return page.evaluate(() => (window as unknown as { __tripwireCalls: unknown[] }).__tripwireCalls);
}

function expectShown(pageText: string, field: string, value: string, entry: HostileEntry) {
	if (!pageText.includes(flat(value)))
		throw new Error(
			`${entry.id}: the ${field} is not shown as written ${replay}: ${JSON.stringify(value.slice(0, 300))}`,
		);
}

describe('post-mortems written by strangers', () => {
	test('the tool only refuses what the schema refuses, and says why', () => {
		expect(archive.entries.length, replay).toBeGreaterThan(archive.refused.length);
		for (const { reasons } of archive.refused) {
			expect(reasons.length).toBeGreaterThan(0);
			for (const reason of reasons) expect(reason, replay).toMatch(/is not a service id|needs a link that is/);
		}
	});

	test('every page shows every field exactly as written, in the page and in <title>, and runs none of it', async () => {
		const page = await session.open('/', { initScript: TRIPWIRE });
		for (const entry of archive.entries) {
			await page.goto(new URL(`archive/${entry.id}/`, session.baseUrl).href);
			// Browsers collapse runs of whitespace in a document's title, as they do in any displayed text.
			expect(await page.title(), replay).toBe(
				`${entry.title} | Incident Handbook`.replace(/[\t\n\f\r ]+/g, ' ').trim(),
			);
			expect(await page.locator('h1').first().textContent(), replay).toBe(entry.title);
			const text = flat((await page.locator('main').textContent()) ?? '');
			const fields: [string, string][] = [
				['summary', entry.summary],
				['root cause', entry.rootCause],
				['commander', entry.commander],
				['authors', entry.authors.join(', ')],
				...entry.services.map((s): [string, string] => ['service', s]),
				...entry.events.map((e): [string, string] => ['timeline event', e]),
				...entry.factors.map((f): [string, string] => ['contributing factor', f]),
				...entry.owners.map((o): [string, string] => ['action owner', o]),
				...entry.actions.map((a): [string, string] => ['action', a]),
				...entry.notes.map((n): [string, string] => ['notes paragraph', n]),
			];
			for (const [field, value] of fields) expectShown(text, field, value, entry);
			const description = await page.locator('meta[name="description"]').getAttribute('content');
			expect(
				flat(entry.summary).startsWith(flat(description!.replace(/^\S+ post-mortem from \S+: /, '').replace(/…$/, ''))),
				replay,
			).toBe(true);
			expect(await tripwireCalls(page), `${entry.id} ${replay}`).toEqual([]);
		}
	});

	test('the archive as data gives back what was written', async () => {
		const page = await session.open('/');
		for (const entry of archive.entries.slice(0, 10)) {
			const data = (await page.evaluate(
				async (url) => (await fetch(url)).json(),
				new URL(`archive/${entry.id}.json`, session.baseUrl).href,
			)) as { data: { title: string; summary: string }; body: string };
			expect(data.data.title, replay).toBe(entry.title);
			expect(data.data.summary, replay).toBe(entry.summary);
			expect(data.body, replay).toBe(entry.notes.join('\n\n'));
		}
	});

	test('the action tracker lists owners and actions as written', async () => {
		const page = await session.open('/archive/actions/', { initScript: TRIPWIRE });
		const text = flat((await page.locator('main').textContent()) ?? '');
		for (const entry of archive.entries) {
			for (const owner of entry.owners) expectShown(text, 'action owner', owner, entry);
			for (const action of entry.actions) expectShown(text, 'action', action, entry);
		}
		expect(await tripwireCalls(page), replay).toEqual([]);
	});

	test('search shows titles, excerpts and filters as written, and runs none of it', async () => {
		const page = await session.open('/', { initScript: TRIPWIRE });
		await page.getByRole('button', { name: 'Search' }).click();
		const box = page.getByRole('textbox', { name: 'Search' });
		for (const entry of archive.entries.slice(0, 8)) {
			await box.fill(entry.marker);
			const result = page.locator('.pagefind-ui__result').filter({ has: page.locator(`a[href*="${entry.id}"]`) });
			await result.first().waitFor({ timeout: 15_000 });
			const title = await result.first().locator('.pagefind-ui__result-link').first().textContent();
			expect(flat(title ?? ''), replay).toBe(flat(entry.title));
			const pageText = await page.evaluate(
				async (url) => {
					const html = await (await fetch(url)).text();
					return new DOMParser().parseFromString(html, 'text/html').querySelector('main')?.textContent ?? '';
				},
				new URL(`archive/${entry.id}/`, session.baseUrl).href,
			);
			// Pagefind joins blocks with ". ", collapses whitespace and drops zero-width spaces; without those, an
			// excerpt is a run of the page's text.
			const compact = (text: string) => text.replace(/[\s.…\u200B]+/g, '');
			for (const excerpt of await result.first().locator('.pagefind-ui__result-excerpt').allTextContents()) {
				expect(
					compact(pageText).includes(compact(excerpt)),
					`excerpt "${excerpt}" is not text of ${entry.id} ${replay}`,
				).toBe(true);
			}
		}
		const filterValues = (
			await page.locator('.pagefind-ui__filter-label, .pagefind-ui__filter-value').allTextContents()
		).map(flat);
		for (const entry of archive.entries.slice(0, 8))
			for (const service of entry.services)
				expect(
					filterValues.some((v) => v.startsWith(`${service} (`)),
					`${service} ${replay}`,
				).toBe(true);
		expect(await tripwireCalls(page), replay).toEqual([]);
	});
});
