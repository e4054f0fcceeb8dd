import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadModel } from '../../src/data/load-model.ts';
import { FIXTURE_BASE_PATH, FIXTURE_SITE_URL } from './support/global-setup.ts';
import { frontmatterOf, listContentFiles, MARKDOWN, readText } from '../../scripts/lib/init/content-files.ts';
import { useBrowser } from './support/session.ts';

/*
 * The second e2e site is published under a sub-path, as GitHub Pages serves a fork. Links are checked in
 * links.test.ts; these are the parts that fetch or navigate from script, where a forgotten base path hides.
 */
const site = useBrowser('hostile');
const model = loadModel();
const origin = new URL(site.baseUrl).origin;
const under = (path: string) => `${FIXTURE_BASE_PATH}${path.replace(/^\//, '')}`;

describe(`a handbook published under ${FIXTURE_BASE_PATH}`, () => {
	test('answers only inside the base path', async () => {
		const page = await site.open('/');
		await expect(page.title()).resolves.toContain('Incident Handbook');
		const outside = await page.request.get(`${origin}/severity/`);
		expect(outside.status()).toBe(404);
		const inside = await page.request.get(new URL('severity/', site.baseUrl).href);
		expect(inside.status()).toBe(200);
	});

	test('names its published address in canonical links and the sitemap', () => {
		const html = readFileSync(join(site.distDir, 'severity/index.html'), 'utf8');
		expect(html).toContain(`<link rel="canonical" href="${FIXTURE_SITE_URL}${under('/severity/')}"`);
		const sitemap = readFileSync(join(site.distDir, 'sitemap-0.xml'), 'utf8');
		expect(sitemap).toContain(`<loc>${FIXTURE_SITE_URL}${under('/severity/')}</loc>`);
		expect(sitemap).not.toMatch(new RegExp(`<loc>${FIXTURE_SITE_URL}/(?!${FIXTURE_BASE_PATH.slice(1)})`));
	});

	test('search finds pages and links to them under the base path', async () => {
		const page = await site.open('/');
		await page.getByRole('button', { name: 'Search' }).click();
		await page.getByRole('textbox', { name: 'Search' }).fill('acknowledge');
		const first = page.locator('.pagefind-ui__result-link').first();
		await first.waitFor({ timeout: 15_000 });
		const hrefs = await page
			.locator('.pagefind-ui__result-link')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
		expect(hrefs.length).toBeGreaterThan(0);
		for (const href of hrefs) expect(href.startsWith(FIXTURE_BASE_PATH)).toBe(true);
		await first.click();
		await page.waitForLoadState();
		expect(new URL(page.url()).pathname.startsWith(FIXTURE_BASE_PATH)).toBe(true);
		await expect(page.locator('h1').count()).resolves.toBe(1);
	});

	test('the post-mortem tool fetches the archive from under the base path', async () => {
		const page = await site.open('/tools/post-mortem/');
		// Before hydration the summary would open natively, without the island hearing it and fetching the list.
		await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
		await page.getByText('Start from an archived post-mortem', { exact: true }).click();
		const choice = page.getByLabel('Archived post-mortem', { exact: true });
		await choice.locator('option').first().waitFor({ state: 'attached' });
		const title = ((await choice.locator('option:checked').textContent()) ?? '').split(' · ').slice(1).join(' · ');
		await page.getByRole('button', { name: 'Start from this post-mortem' }).click();
		await expect.poll(() => page.getByLabel('Title', { exact: true }).inputValue()).toBe(title);
	});

	test('the classifier hands over to the comms tool under the base path', async () => {
		const page = await site.open('/tools/classify/');
		const first = model.tree.questions.find((q) => q.id === model.tree.start)!;
		const settles = first.answers.find((a) => a.level)!;
		await page.getByRole('button', { name: settles.label, exact: true }).click();
		const link = page.getByRole('link', { name: /status updates in the communications generator/ });
		await expect(link.getAttribute('href')).resolves.toMatch(new RegExp(`^${under('/tools/comms/')}\\?severity=`));
		await link.click();
		await page.waitForURL(`**${under('/tools/comms/')}?severity=*`);
		await expect.poll(() => page.getByLabel('Severity', { exact: true }).inputValue()).toBe(settles.level);
	});

	test('the classifier starts an incident in the console, which hands it to the post-mortem tool, under the base path', async () => {
		const page = await site.open('/tools/classify/');
		const first = model.tree.questions.find((q) => q.id === model.tree.start)!;
		const settles = first.answers.find((a) => a.level)!;
		await page.getByRole('button', { name: settles.label, exact: true }).click();
		const link = page.getByRole('link', { name: /^Start the incident here/ });
		await expect(link.getAttribute('href')).resolves.toMatch(new RegExp(`^${under('/tools/console/')}\\?level=`));
		await link.click();
		await page.waitForURL(`**${under('/tools/console/')}?level=*`);
		await expect.poll(() => page.getByLabel('Level', { exact: true }).inputValue()).toBe(settles.level);
		await page.getByLabel('Title', { exact: true }).fill('Checkout down');
		await page.getByLabel('Affected services').fill('checkout');
		await page.getByRole('button', { name: 'Declare the incident' }).click();
		await page.getByRole('button', { name: 'Resolve and write the post-mortem' }).click();
		await page.waitForURL(`**${under('/tools/post-mortem/')}`);
		await expect.poll(() => page.getByLabel('Title', { exact: true }).inputValue()).toBe('Checkout down');
	});

	// A runbook that names an alert, if the handbook has one yet.
	const alerted = listContentFiles('.', 'runbooks', MARKDOWN)
		.map(({ id, file }) => ({ id, alert: (frontmatterOf(readText('.', file)).alerts as string[] | undefined)?.[0] }))
		.find((runbook) => runbook.alert);

	test.skipIf(!alerted)('the runbook lookup forwards an alert to its runbook under the base path', async () => {
		const page = await site.open(`/runbooks/?alert=${encodeURIComponent(alerted!.alert!)}`);
		await page.waitForURL(`**${under(`/runbooks/${alerted!.id}/`)}`);
	});
});
