import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { listContentFiles, MARKDOWN } from '../../scripts/lib/init/content-files.ts';
import { useBrowser } from './support/session.ts';
import { axeViolations } from './support/axe.ts';
import { loadModel } from '../../src/data/load-model.ts';
import { copyProject } from '../support/project-copy.ts';
import { buildSite } from '../support/build-site.ts';

const session = useBrowser();
const postmortemIds = listContentFiles('.', 'postmortems', MARKDOWN).map((entry) => entry.id);
const model = loadModel();
const level = model.levels[1] ?? model.levels[0]!;

/** Text with every character class that breaks naive Markdown or MDX output. */
const TRICKY = {
	title: 'Checkout {cart} <b>500s</b> | `retry` *again*',
	summary: 'Payments failed for 18% of users; the <script>alert(1)</script> probe & {x} stayed text. שלום 🚨',
	event: 'Alert "p99 > 2s" | fired {now}',
	notes: 'Review held on Tuesday.\n\n# not a heading, <div>not HTML</div>, {not.an.expression} and a|b|c ✅',
};

/** Hydrated, and the engine loaded: it loads on the first touch of the form, as a user's would. */
async function ready(page: Page) {
	await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
	await page.getByLabel('Title', { exact: true }).focus();
	await page
		.getByText(/Export is off until|passes the archive's checks/)
		.first()
		.waitFor();
}

async function fillForm(page: Page) {
	await page.getByLabel('Title', { exact: true }).fill(TRICKY.title);
	await page.getByLabel('Severity', { exact: true }).selectOption(level.id);
	await page.getByLabel('Trigger', { exact: true }).selectOption('deploy');
	await page.getByLabel('Detected by', { exact: true }).selectOption('alert');
	await page.getByLabel('Affected services', { exact: true }).fill('checkout, payments');
	await page.getByLabel('Incident commander', { exact: true }).fill('Priya Raman');
	await page.getByLabel('Authors', { exact: true }).fill('Priya Raman');
	await page.getByLabel('Summary', { exact: true }).fill(TRICKY.summary);
	const times = {
		'Impact started': '2025-03-15T23:40',
		Detected: '2025-03-15T23:52',
		Acknowledged: '2025-03-16T00:01',
		Mitigated: '2025-03-16T00:40',
		Resolved: '2025-03-16T02:10',
	};
	for (const [label, value] of Object.entries(times))
		await page.getByLabel(`${label} (UTC)`, { exact: true }).fill(value);
	await page.getByLabel('Users affected', { exact: true }).fill('1200');
	await page.getByLabel('Share of users affected (%)', { exact: true }).fill('18');
	await page.getByLabel('Revenue estimate', { exact: true }).fill('5000');
	await page.getByLabel('Minutes against the SLA', { exact: true }).fill('60');
	await page
		.getByLabel('Paste a timeline', { exact: true })
		.fill(`23:40 - Deploy reaches production\n23:52 — ${TRICKY.event}\nnot a timed line\n00:40 Rolled back`);
	await page.getByRole('button', { name: 'Add pasted lines to the timeline' }).click();
	await page
		.getByLabel('Root cause', { exact: true })
		.fill('The deploy pipeline let a change through without a canary stage.');
	await page.getByRole('button', { name: 'Add an action item' }).click();
	await page.getByLabel('Action', { exact: true }).fill('Add a canary stage | with {auto} rollback');
	await page.getByLabel('Owner', { exact: true }).fill('Amara Okafor');
	await page.getByLabel('Priority', { exact: true }).selectOption('P1');
	await page.getByLabel('Due date', { exact: true }).fill('2025-04-01');
	await page.getByLabel('Notes', { exact: true }).fill(TRICKY.notes);
}

describe('the post-mortem generator', () => {
	test(
		'turns a filled form into a file that builds into the archive showing the same text',
		{ timeout: 300_000 },
		async () => {
			const page = await session.open('/tools/post-mortem/');
			await ready(page);
			const download = page.getByRole('button', { name: 'Download .mdx file' });
			await expect(download.getAttribute('aria-disabled')).resolves.toBe('true');
			await fillForm(page);
			await expect(
				page.getByRole('list', { name: 'Lines without a readable time' }).locator('code').textContent(),
			).resolves.toBe('not a timed line');
			await expect(page.getByText('Time to detect').locator('xpath=following-sibling::dd').textContent()).resolves.toBe(
				'12 minutes',
			);
			await page.getByText(/passes the archive's checks/).waitFor();

			const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
			expect(file.suggestedFilename()).toBe('2025-03-15-checkout-cart-b-500s-b-retry-again.mdx');
			const content = readFileSync(await file.path(), 'utf8');

			const project = copyProject();
			project.write(join('content/postmortems', file.suggestedFilename()), content);
			const outDir = join(project.root, 'dist-test');
			const build = await buildSite(project.root, outDir);
			expect(build.ok, build.output).toBe(true);

			// The preview names the write-up's sections (one level down, under the tool's own headings) as the page does.
			const previewSections = await page.locator('.pm-preview h4').allTextContents();
			const built = join(outDir, 'archive', file.suggestedFilename().replace(/\.mdx$/, ''), 'index.html');
			const archivePage = await session.open('/');
			await archivePage.goto(pathToFileURL(built).href);
			const pageSections = await archivePage
				.locator('main h2')
				.evaluateAll((headings) =>
					headings
						.filter((h) => !h.closest('[data-pagefind-ignore]') && h.id !== 'similar')
						.map((h) => h.textContent!.trim()),
				);
			expect(previewSections.length).toBeGreaterThan(8);
			expect(pageSections).toEqual(previewSections);
			const text = (await archivePage.locator('main').textContent()) ?? '';
			for (const typed of [
				TRICKY.title,
				TRICKY.summary,
				TRICKY.event,
				'Add a canary stage | with {auto} rollback',
				'Review held on Tuesday.',
				'# not a heading, <div>not HTML</div>, {not.an.expression} and a|b|c ✅',
			]) {
				expect(text).toContain(typed);
			}
		},
	);

	test('has no axe violations with a filled form, in light and dark themes', async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const page = await session.open('/tools/post-mortem/', { colorScheme });
			await ready(page);
			await fillForm(page);
			await page.getByLabel('Root cause', { exact: true }).fill('It was human error.');
			await page.getByRole('list', { name: 'Blameless wording hints' }).waitFor();
			expect(await axeViolations(page)).toEqual([]);
		}
	});

	test('keeps words meant for screen readers out of sight but in the accessible names', async () => {
		const page = await session.open('/tools/post-mortem/');
		await ready(page);
		await page.getByRole('button', { name: 'Add an action item' }).click();
		const remove = page.getByRole('button', { name: 'Delete action item 1' });
		await expect(remove.textContent()).resolves.toContain('action item 1');
		const hidden = [remove.locator('span'), page.getByLabel('Import a draft (JSON)')];
		for (const element of hidden) {
			const box = await element.boundingBox();
			expect(box && box.width * box.height).toBeLessThanOrEqual(1);
		}
	});

	test('prepares the preview once it comes into view, and restores a saved draft, without a touch of the form', async () => {
		const page = await session.open('/tools/post-mortem/');
		await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
		await page.getByText('Preparing the preview and export…').scrollIntoViewIfNeeded();
		await page
			.getByText(/Export is off until/)
			.first()
			.waitFor();
		await page.getByLabel('Title', { exact: true }).fill('Saved before the reload');
		await page.getByText('All changes are saved in this browser.').waitFor();
		await page.reload();
		await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
		await expect.poll(() => page.getByLabel('Title', { exact: true }).inputValue()).toBe('Saved before the reload');
	});

	test('keeps the draft across a reload and copies it as Markdown', async () => {
		const page = await session.open('/tools/post-mortem/', { permissions: ['clipboard-read', 'clipboard-write'] });
		await ready(page);
		await fillForm(page);
		await page.getByText('All changes are saved in this browser.').waitFor();
		await page.reload();
		await ready(page);
		await expect.poll(() => page.getByLabel('Title', { exact: true }).inputValue()).toBe(TRICKY.title);
		await page.getByRole('button', { name: /Copy as Markdown/ }).click();
		await page.getByText('Copied the post-mortem as Markdown.').waitFor();
		const markdown = await page.evaluate(() => navigator.clipboard.readText());
		expect(markdown).toContain('## Timeline');
		expect(markdown).toContain('Alert "p99 > 2s" \\| fired {now}');
		const pr = await page.getByRole('link', { name: /Open a pull request/ }).getAttribute('href');
		expect(pr).toContain(`${model.config.repository}/new/main?filename=content%2Fpostmortems%2F2025-03-15-`);
	});

	test.skipIf(postmortemIds.length === 0)('starts a new draft from an archived post-mortem, with undo', async () => {
		const page = await session.open('/tools/post-mortem/');
		await ready(page);
		await page.getByLabel('Title', { exact: true }).fill('My own draft');
		await page.getByText('Start from an archived post-mortem', { exact: true }).click();
		const choice = page.getByLabel('Archived post-mortem', { exact: true });
		await choice.locator('option').first().waitFor({ state: 'attached' });
		const listed = await choice.locator('option').count();
		expect(listed).toBeGreaterThan(1);
		await page.getByLabel('Find by title, date or id', { exact: true }).fill('2024');
		await expect
			.poll(() => choice.locator('option').allTextContents())
			.toSatisfy(
				(options: string[]) =>
					options.length > 0 && options.length < listed && options.every((o) => o.includes('2024')),
			);
		const entryTitle = ((await choice.locator('option:checked').textContent()) ?? '').split(' · ').slice(1).join(' · ');
		await page.getByRole('button', { name: 'Start from this post-mortem' }).click();
		await expect.poll(() => page.getByLabel('Title', { exact: true }).inputValue()).toBe(entryTitle);
		await page.getByRole('button', { name: 'Undo' }).click();
		await expect(page.getByLabel('Title', { exact: true }).inputValue()).resolves.toBe('My own draft');
	});

	test.skipIf(postmortemIds.length === 0)(
		'fetches the archive list only when asked, and says so when it cannot',
		async () => {
			const page = await session.open('/tools/post-mortem/');
			const listRequests: string[] = [];
			page.on('request', (request) => {
				if (request.url().endsWith('/archive/index.json')) listRequests.push(request.url());
			});
			await ready(page);
			await page.route('**/archive/index.json', (route) => route.abort('internetdisconnected'));
			expect(listRequests).toEqual([]);
			await page.getByText('Start from an archived post-mortem', { exact: true }).click();
			await page.getByRole('alert').filter({ hasText: 'could not be loaded' }).waitFor();
			await page.unroute('**/archive/index.json');
			await page.getByRole('button', { name: 'try again' }).click();
			await page.getByLabel('Archived post-mortem', { exact: true }).waitFor();
			await expect(page.getByRole('alert').filter({ hasText: 'could not be loaded' }).count()).resolves.toBe(0);
			const title = page.getByLabel('Title', { exact: true });
			await title.fill('Kept when the archive is out of reach');
			await page.route(/\/archive\/\d{4}-[^/]+\.json$/, (route) => route.abort('internetdisconnected'));
			await page.getByRole('button', { name: 'Start from this post-mortem' }).click();
			await page
				.locator('.tool-warning')
				.filter({ hasText: /could not be loaded\. Check the connection/ })
				.waitFor();
			await expect(title.inputValue()).resolves.toBe('Kept when the archive is out of reach');
			const html = readFileSync(join(session.distDir, 'tools/post-mortem/index.html'), 'utf8');
			expect(html).not.toContain(postmortemIds[0]);
		},
	);

	test('ships a small form script and loads the serialisers only when needed', () => {
		const dir = join(session.distDir, '_astro');
		const island = readdirSync(dir).filter((f) => /^Postmortem.*\.js$/.test(f));
		expect(island.length).toBeGreaterThan(0);
		const bytes = island.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f))).length, 0);
		expect(bytes).toBeLessThan(20 * 1024);
		const html = readFileSync(join(session.distDir, 'tools/post-mortem/index.html'), 'utf8');
		expect(html).not.toMatch(/engine\.[\w-]+\.js/);
	});
});
