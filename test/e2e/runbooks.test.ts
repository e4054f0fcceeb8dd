import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { frontmatterOf, listContentFiles, MARKDOWN, readText } from '../../scripts/lib/init/content-files.ts';
import { useBrowser } from './support/session.ts';
import { OVERDUE_RUNBOOK } from './support/global-setup.ts';
import { loadModel } from '../../src/data/load-model.ts';
import { reviewStatus } from '../../src/domain/runbooks/review.ts';
import { runbookSchema, type Runbook } from '../../src/schemas/runbook.ts';
import { resolveBuildDate } from '../../src/domain/time/calendar.ts';

const session = useBrowser();
const fixtureSite = useBrowser('hostile');
const model = loadModel();
const schema = runbookSchema({
	levelIds: model.levels.map((l) => l.id) as [string, ...string[]],
	runbookRef: z.string(),
});
// The e2e build inherits this process's environment, so both sides see the same BUILD_DATE (or today).
const buildDate = resolveBuildDate(process.env.BUILD_DATE);

function frontmatters(folder: 'runbooks' | 'postmortems'): { id: string; data: unknown }[] {
	return listContentFiles('.', folder, MARKDOWN).map(({ id, file }) => ({
		id,
		data: frontmatterOf(readText('.', file)),
	}));
}

const runbooks: { id: string; data: Runbook }[] = frontmatters('runbooks').map(({ id, data }) => ({
	id,
	data: schema.parse(data),
}));
const isOverdue = (r: (typeof runbooks)[number]) =>
	reviewStatus(r.data.lastReviewed, r.data.reviewEvery, buildDate).overdue;
/** A runbook that names an alert, and that alert: what alert tooling links to. A fork may have none yet. */
const alerted = runbooks.find((r) => r.data.alerts.length > 0);
const alert = alerted?.data.alerts[0] ?? '';
const multiLine = runbooks.find((r) => r.data.diagnosis.some((d) => d.command?.run.includes('\n')));
const withRelated = runbooks.find((r) => r.data.related.length > 0);

const overdueWarning = (page: Page) => page.locator('aside').filter({ hasText: 'Review overdue' });

describe.skipIf(runbooks.length === 0)('a runbook page', () => {
	test('shows the review-overdue warning exactly when the last review is older than its interval', async () => {
		// The second site adds a runbook last reviewed years ago, so the warning is seen whatever today's date.
		const sample = runbooks[0]!;
		const overdue = { id: OVERDUE_RUNBOOK, data: { ...sample.data, lastReviewed: new Date('2020-01-02') } };
		const bySite = [
			{ site: session, runbooks },
			{ site: fixtureSite, runbooks: [...runbooks, overdue] },
		];
		expect(bySite[1]!.runbooks.filter(isOverdue).length).toBeGreaterThan(0);
		expect(bySite[1]!.runbooks.filter((r) => !isOverdue(r)).length).toBeGreaterThan(0);
		for (const { site, runbooks } of bySite) {
			for (const runbook of runbooks) {
				const page = await site.open(`/runbooks/${runbook.id}/`);
				await expect(overdueWarning(page).count(), runbook.id).resolves.toBe(isOverdue(runbook) ? 1 : 0);
				await page.close();
			}
		}
	});

	test.skipIf(!multiLine)('copies a diagnosis command exactly as written with the copy button', async () => {
		const runbook = multiLine!;
		const step = runbook.data.diagnosis.findIndex((d) => d.command?.run.includes('\n'));
		const page = await session.open(`/runbooks/${runbook.id}/`, { permissions: ['clipboard-read', 'clipboard-write'] });
		const item = page.locator('.sl-steps').first().locator(':scope > li').nth(step);
		await item.getByRole('button', { name: 'Copy to clipboard' }).click();
		// The copy button writes to the clipboard asynchronously.
		await expect
			.poll(async () => (await page.evaluate(() => navigator.clipboard.readText())).trimEnd())
			.toBe(runbook.data.diagnosis[step]!.command!.run.trimEnd());
	});

	test.skipIf(!withRelated)('shows its severity badges, owner and links to the related runbooks', async () => {
		const runbook = withRelated!;
		const page = await session.open(`/runbooks/${runbook.id}/`);
		for (const id of runbook.data.severity) {
			const level = model.levels.find((l) => l.id === id)!;
			await expect(
				page
					.locator(`.sl-badge.${level.badge}`)
					.filter({ hasText: `${level.id} ${level.label}` })
					.count(),
			).resolves.toBe(1);
		}
		await expect(page.getByText(runbook.data.owner, { exact: true }).first().isVisible()).resolves.toBe(true);
		for (const id of runbook.data.related) {
			const related = runbooks.find((r) => r.id === id)!;
			await expect(page.getByRole('link', { name: related.data.title }).getAttribute('href')).resolves.toBe(
				`/runbooks/${id}/`,
			);
		}
	});

	test('lists the post-mortems that used it, or says none has', async () => {
		const postmortems = frontmatters('postmortems') as {
			id: string;
			data: { title: string; runbooks?: string[] };
		}[];
		for (const runbook of runbooks) {
			const citing = postmortems.filter((pm) => pm.data.runbooks?.includes(runbook.id));
			const page = await session.open(`/runbooks/${runbook.id}/`);
			if (citing.length === 0)
				await expect(page.getByText('No post-mortem has cited this runbook yet.').count()).resolves.toBe(1);
			else {
				const links = page.getByTestId('runbook-postmortems').getByRole('link');
				await expect(links.evaluateAll((as) => as.map((a) => a.getAttribute('href')).sort())).resolves.toEqual(
					citing.map((pm) => `/archive/${pm.id}/`).sort(),
				);
			}
			await page.close();
		}
	});
});

describe('the runbook index', () => {
	test.skipIf(!alerted)(
		'lands on the right runbook when an alert name is typed loosely, using only the keyboard',
		async () => {
			const target = alerted!;
			const page = await session.open('/runbooks/');
			for (let i = 0; i < 80; i++) {
				if (await page.evaluate(() => document.activeElement?.id === 'runbook-lookup-alert')) break;
				await page.keyboard.press('Tab');
			}
			await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('runbook-lookup-alert');
			// "HighErrorBudgetBurnRate_Fast" as a person types it: "high error budget burn rate fast".
			await page.keyboard.type(
				alert
					.replace(/([a-z])([A-Z])/g, '$1 $2')
					.replace(/_/g, ' ')
					.toLowerCase(),
			);
			await Promise.all([page.waitForURL(`**/runbooks/${target.id}/`), page.keyboard.press('Enter')]);
			await expect(page.locator('h1').textContent()).resolves.toBe(target.data.title);
		},
	);

	test('announces when no runbook handles the alert', async () => {
		const page = await session.open('/runbooks/');
		await page.getByLabel('Alert name').fill('KafkaBrokerOnFire');
		await page.getByRole('button', { name: 'Open runbook' }).click();
		const result = page.locator('output#runbook-lookup-result');
		await expect(result.getAttribute('aria-live')).resolves.toBe('polite');
		await expect(result.textContent()).resolves.toContain('No runbook lists an alert called “KafkaBrokerOnFire”');
		expect(new URL(page.url()).pathname).toBe('/runbooks/');
	});

	test.skipIf(!alerted)('forwards ?alert=NAME from alert tooling to the runbook', async () => {
		const target = alerted!;
		// As tooling that writes names in snake case sends "PostgresPrimaryDown": postgres_primary_down.
		const sent = alert.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
		const page = await session.open(`/runbooks/?alert=${encodeURIComponent(sent)}`);
		await page.waitForURL(`**/runbooks/${target.id}/`);
		await expect(page.locator('h1').textContent()).resolves.toBe(target.data.title);
	});

	test('without JavaScript, hides the lookup form and links every alert to its runbook', () => {
		const html = readFileSync(join(session.distDir, 'runbooks/index.html'), 'utf8');
		expect(html).toMatch(/<form id="runbook-lookup"[^>]* hidden/);
		for (const runbook of runbooks) {
			for (const alert of runbook.data.alerts) {
				expect(new RegExp(`<code[^>]*>${alert}</code>: <a href="/runbooks/${runbook.id}/"`).test(html), alert).toBe(
					true,
				);
			}
		}
	});

	test('lists runbooks under their service and every severity they reach', async () => {
		const page = await session.open('/runbooks/');
		for (const runbook of runbooks) {
			const service = page.locator('section', {
				has: page.getByRole('heading', { name: runbook.data.service, exact: true }),
			});
			await expect(service.getByRole('link', { name: runbook.data.title }).count()).resolves.toBe(1);
			for (const id of runbook.data.severity) {
				const level = model.levels.find((l) => l.id === id)!;
				const section = page.locator('section', {
					has: page.getByRole('heading', { name: `${level.id} ${level.label}`, exact: true }),
				});
				await expect(section.getByRole('link', { name: runbook.data.title }).count()).resolves.toBe(1);
			}
		}
	});
});

describe('search', () => {
	test('finds each runbook through its service and severity filters', async () => {
		const page = await session.open('/runbooks/');
		// Passed as a string so Vite does not rewrite the browser's dynamic import into its own loader.
		await page.evaluate(
			'(async () => { window.pagefind = await import("/pagefind/pagefind.js"); await window.pagefind.init(); })()',
		);
		const urlsFor = (filters: Record<string, string>) =>
			page.evaluate(
				`(async () => { const found = await window.pagefind.search(null, { filters: ${JSON.stringify(filters)} });
				return Promise.all(found.results.map(async (r) => (await r.data()).url)); })()`,
			) as Promise<string[]>;
		for (const runbook of runbooks) {
			await expect(urlsFor({ service: runbook.data.service }), runbook.id).resolves.toContain(
				`/runbooks/${runbook.id}/`,
			);
			for (const level of runbook.data.severity) {
				await expect(urlsFor({ severity: level }), `${runbook.id} ${level}`).resolves.toContain(
					`/runbooks/${runbook.id}/`,
				);
			}
		}
		const other = model.levels.find((l) => runbooks.every((r) => !r.data.severity.includes(l.id)));
		if (other)
			expect((await urlsFor({ severity: other.id })).filter((url) => url.startsWith('/runbooks/'))).toEqual([]);
	});
});
