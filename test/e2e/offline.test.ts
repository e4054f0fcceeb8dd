import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { builtPages } from '../../scripts/lib/bench/built-pages.ts';
import { isOfflinePage, OFFLINE_FALLBACK_PAGE } from '../../scripts/lib/build/offline-files.ts';
import { loadModel } from '../../src/data/load-model.ts';
import { allPaths, locate } from '../../src/domain/classify/classify.ts';
import type { Question } from '../../src/schemas/model.ts';
import { axeViolations } from './support/axe.ts';
import { pressSearchShortcut } from './support/search-box.ts';
import { frontmatterOf, listContentFiles, MARKDOWN, readText } from '../../scripts/lib/init/content-files.ts';
import { useBrowser, type Site } from './support/session.ts';

const model = loadModel();
/** A runbook the handbook holds (a fork may have none yet), by id and title. */
const runbook = listContentFiles('.', 'runbooks', MARKDOWN)
	.map(({ id, file }) => ({ id, title: String(frontmatterOf(readText('.', file)).title) }))
	.at(0);
const KEY_PAGES = [
	'',
	'severity/',
	'runbooks/',
	...(runbook ? [`runbooks/${runbook.id}/`] : []),
	`cards/${model.levels[0]!.id.toLowerCase()}/`,
	'tools/comms/',
	'print/',
];

/** Opens the handbook once with the network on, waits until the service worker has saved it, then cuts the network. */
async function visitOnceThenGoOffline(session: ReturnType<typeof useBrowser>, alsoRead: string[] = []): Promise<Page> {
	const page = await session.open('/', { serviceWorkers: 'allow' });
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	for (const path of alsoRead) await page.goto(new URL(path.replace(/^\//, ''), session.baseUrl).href);
	await page.context().setOffline(true);
	return page;
}

const go = (page: Page, session: ReturnType<typeof useBrowser>, path: string) =>
	page.goto(new URL(path.replace(/^\//, ''), session.baseUrl).href);

async function search(page: Page, words: string): Promise<string[]> {
	await pressSearchShortcut(page);
	await page.getByRole('textbox', { name: 'Search' }).fill(words);
	await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
	return page.locator('.pagefind-ui__result-link').allTextContents();
}

describe.each(['main', 'hostile'] as Site[])('the %s site after one visit, with the network off', (site) => {
	const session = useBrowser(site);
	// The second site always has post-mortems; the handbook itself may have none yet.
	const postmortem = builtPages(session.distDir).find((page) => /^archive\/\d{4}-[^/]+\/$/.test(page));
	let page: Page;
	beforeAll(async () => {
		page = await visitOnceThenGoOffline(session, postmortem ? [`/${postmortem}`] : []);
	});

	test('opens every chapter, runbook, card and tool, saying it is the saved copy', async () => {
		const offline = builtPages(session.distDir).filter(isOfflinePage);
		expect(offline).toEqual(expect.arrayContaining(KEY_PAGES));
		// Every page on the site at the root; under the base path the key ones show the addresses are right there too.
		const pages = site === 'main' ? offline : KEY_PAGES;
		for (const path of pages) {
			const response = await go(page, session, `/${path}`);
			expect(response?.status(), path).toBe(200);
			if (path !== OFFLINE_FALLBACK_PAGE)
				await expect(page.locator('h1').first().textContent(), path).resolves.not.toBe('Not saved on this device');
			await page.locator('#hb-offline').waitFor();
		}
		await expect(page.locator('#hb-offline').textContent()).resolves.toMatch(
			/built \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC, commit (\w+)/,
		);
	});

	test('opens a tool from a link that carries its settings in the address', async () => {
		await go(page, session, `/tools/comms/?severity=${model.levels[0]!.id}`);
		// The island reads the address in an effect after hydrating, so wait for the value rather than the island.
		await expect.poll(() => page.getByLabel('Severity').inputValue()).toBe(model.levels[0]!.id);
	});

	test('searches the chapters and runbooks', async () => {
		await go(page, session, '/');
		await expect(search(page, 'escalation')).resolves.toContain('Escalation');
		if (!runbook) return;
		await go(page, session, '/');
		await expect(search(page, runbook.title)).resolves.toContain(runbook.title);
	});

	test.skipIf(!postmortem)(
		'shows a post-mortem read before, and says plainly when one was never opened here',
		async () => {
			await go(page, session, `/${postmortem}`);
			await expect(page.locator('h1').first().textContent()).resolves.not.toBe('Not saved on this device');
			await go(page, session, '/archive/dashboard/');
			await expect(page.locator('h1').first().textContent()).resolves.toBe('Not saved on this device');
		},
	);
});

describe('the tools with the network off', () => {
	const session = useBrowser();
	let page: Page;
	beforeAll(async () => {
		page = await visitOnceThenGoOffline(session);
	});

	test('classify an incident', async () => {
		const path = allPaths(model.tree)[0]!;
		const level = model.levels.find((l) => l.id === path.levelId)!;
		await go(page, session, '/tools/classify/');
		await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
		for (const [step, index] of path.answers.entries()) {
			const { question } = locate(model.tree, path.answers.slice(0, step)) as { question: Question };
			await page.getByRole('button', { name: question.answers[index]!.label, exact: true }).click();
		}
		await expect(page.locator('#classifier-result-heading').textContent()).resolves.toContain(level.id);
	});

	test('write a status update', async () => {
		await go(page, session, '/tools/comms/');
		await page.locator('astro-island[component-url*="CommsFacts"]:not([ssr])').waitFor({ state: 'attached' });
		await page.getByLabel('Service', { exact: true }).fill('Offline checkout');
		await page.getByLabel('Severity').selectOption(model.levels[0]!.id);
		await page.locator('pre').filter({ hasText: 'Offline checkout' }).first().waitFor();
	});

	test('start a post-mortem, with the tool loading its engine from the saved copy', async () => {
		await go(page, session, '/tools/post-mortem/');
		await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
		await page.getByLabel('Title', { exact: true }).fill('Written offline');
		await page
			.getByText(/Export is off until/)
			.first()
			.waitFor();
		expect((page as Page & { errors: string[] }).errors).toEqual([]);
	});

	test('the offline notice passes axe in both themes', async () => {
		await go(page, session, '/severity/');
		await page.locator('#hb-offline').waitFor();
		for (const theme of ['light', 'dark']) {
			await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
			expect(await axeViolations(page)).toEqual([]);
		}
	});
});
