import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { listContentFiles, MARKDOWN, readText } from '../../scripts/lib/init/content-files.ts';
import { useBrowser } from './support/session.ts';
import { loadModel } from '../../src/data/load-model.ts';
import { describeDue, openItemsByOwner } from '../../src/domain/archive/action-items.ts';
import {
	byQuarter,
	bySeverity,
	completionRate,
	incidentsPerMonth,
	summarise,
} from '../../src/domain/archive/incident-metrics.ts';
import { postmortemSchema, type Postmortem } from '../../src/schemas/postmortem.ts';
import { publicIncidentSchema } from '../../src/schemas/public-incident.ts';
import { TRIGGER_LABELS } from '../../src/schemas/trigger.ts';
import { formatDuration } from '../../src/domain/time/durations.ts';
import { incidentDurations } from '../../src/domain/postmortem/durations.ts';
import { STATUS_LABELS } from '../../src/domain/postmortem/vocabulary.ts';
import { resolveBuildDate } from '../../src/domain/time/calendar.ts';

const session = useBrowser();
const model = loadModel();
const levelIds = model.levels.map((l) => l.id);
const schema = postmortemSchema({ levelIds: levelIds as [string, ...string[]], runbookRef: z.string() });
// The e2e build inherits this process's environment, so both sides see the same BUILD_DATE (or today).
const buildDate = resolveBuildDate(process.env.BUILD_DATE);

const postmortems: { id: string; data: Postmortem; body: string }[] = listContentFiles(
	'.',
	'postmortems',
	MARKDOWN,
).map(({ id, file }) => {
	const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(readText('.', file))!;
	return { id, data: schema.parse(parse(frontmatter!)), body: body! };
});
const incidents = postmortems.map((pm) => pm.data);

function facetsIn(html: string): string[] {
	return [...html.matchAll(/<(\w+)[^>]*\sdata-pagefind-filter="([^"]+)"[^>]*>([^<]*)/g)].map(([, , filter, text]) =>
		filter!.includes(':') ? filter! : `${filter}:${text!.trim()}`,
	);
}

async function cellText(page: Page, selector: string): Promise<string> {
	return (await page.locator(selector).innerText()).replace(/\s+/g, ' ').trim();
}

/** A fork may have written no post-mortem yet; the archive's empty state is checked by the build tests. */
const noArchive = postmortems.length === 0;

describe.skipIf(noArchive)('post-mortem pages', () => {
	test('carry the severity, service, year, trigger and status facets for search', () => {
		expect(postmortems.length).toBeGreaterThan(0);
		for (const pm of postmortems) {
			const html = readFileSync(join(session.distDir, 'archive', pm.id, 'index.html'), 'utf8');
			expect(facetsIn(html).sort(), pm.id).toEqual(
				[
					`severity:${pm.data.severity}`,
					`status:${STATUS_LABELS[pm.data.status]}`,
					`trigger:${TRIGGER_LABELS[pm.data.trigger]}`,
					`year:${pm.data.started.getUTCFullYear()}`,
					...pm.data.services.map((service) => `service:${service}`),
				].sort(),
			);
		}
	});

	test('search filters by year and trigger find exactly the matching post-mortems', async () => {
		const page = await session.open('/archive/');
		// Passed as a string so Vite does not rewrite the browser's dynamic import into its own loader.
		await page.evaluate(
			'(async () => { window.pagefind = await import("/pagefind/pagefind.js"); await window.pagefind.init(); })()',
		);
		const urlsFor = async (filters: Record<string, string>) =>
			(
				(await page.evaluate(
					`(async () => { const found = await window.pagefind.search(null, { filters: ${JSON.stringify(filters)} });
				return Promise.all(found.results.map(async (r) => (await r.data()).url)); })()`,
				)) as string[]
			)
				.filter((url) => url.startsWith('/archive/'))
				.sort();
		const sample = postmortems[0]!.data;
		const year = sample.started.getUTCFullYear();
		await expect(urlsFor({ year: String(year) })).resolves.toEqual(
			postmortems
				.filter((pm) => pm.data.started.getUTCFullYear() === year)
				.map((pm) => `/archive/${pm.id}/`)
				.sort(),
		);
		await expect(urlsFor({ trigger: TRIGGER_LABELS[sample.trigger] })).resolves.toEqual(
			postmortems
				.filter((pm) => pm.data.trigger === sample.trigger)
				.map((pm) => `/archive/${pm.id}/`)
				.sort(),
		);
	});

	test('are found by their own words, not by the links to other post-mortems every page carries', async () => {
		const page = await session.open('/archive/');
		await page.evaluate(
			'(async () => { window.pagefind = await import("/pagefind/pagefind.js"); await window.pagefind.init(); })()',
		);
		const count = (phrase: string) =>
			page.evaluate(`(async () => (await window.pagefind.search(${JSON.stringify(`"${phrase}"`)})).results.length)()`);
		await expect(count('Similar incidents')).resolves.toBe(0);
		await expect(count('Back to the post-mortem archive')).resolves.toBe(0);
		const html = readFileSync(join(session.distDir, 'archive', postmortems[0]!.id, 'index.html'), 'utf8');
		expect(html).toContain('Similar incidents');
		await expect(count(postmortems[0]!.data.title)).resolves.toBeGreaterThan(0);
	});

	test('are the pages search finds for their titles and action items, not the runbooks and tracker that list them', async () => {
		const page = await session.open('/archive/');
		await page.evaluate(
			'(async () => { window.pagefind = await import("/pagefind/pagefind.js"); await window.pagefind.init(); })()',
		);
		const urlsFor = (phrase: string) =>
			page.evaluate(
				`(async () => { const found = await window.pagefind.search(${JSON.stringify(`"${phrase}"`)});
				return Promise.all(found.results.map(async (r) => (await r.data()).url)); })()`,
			) as Promise<string[]>;
		const cited = postmortems.find((pm) => pm.data.runbooks.length > 0)!;
		const titleHits = await urlsFor(cited.data.title);
		expect(titleHits).toContain(`/archive/${cited.id}/`);
		expect(titleHits.filter((url) => url.startsWith('/runbooks/'))).toEqual([]);
		const runbookHtml = readFileSync(join(session.distDir, 'runbooks', cited.data.runbooks[0]!, 'index.html'), 'utf8');
		expect(runbookHtml).toContain(`/archive/${cited.id}/`);

		const items = postmortems.flatMap((pm) =>
			pm.data.actionItems.map((item) => ({ ...item, postmortemId: pm.id, postmortemTitle: pm.data.title })),
		);
		const tracked = openItemsByOwner(items, buildDate)[0]!.items[0]!;
		const trackerHtml = readFileSync(join(session.distDir, 'archive', 'actions', 'index.html'), 'utf8');
		expect(trackerHtml).toContain(`/archive/${tracked.postmortemId}/`);
		const actionHits = await urlsFor(tracked.action);
		expect(actionHits).toContain(`/archive/${tracked.postmortemId}/`);
		expect(actionHits).not.toContain('/archive/actions/');
	});

	test('show durations worked out from the timestamps, and the notes when there are any', async () => {
		const pm = postmortems.find((p) => p.body.trim() !== '') ?? postmortems[0]!;
		const page = await session.open(`/archive/${pm.id}/`);
		const durations = incidentDurations(pm.data);
		for (const key of ['detect', 'acknowledge', 'mitigate', 'resolve'] as const) {
			await expect(cellText(page, `[data-duration="${key}"] dd`)).resolves.toContain(formatDuration(durations[key]));
		}
		await expect(page.getByRole('heading', { name: 'Notes', exact: true }).count()).resolves.toBe(
			pm.body.trim() ? 1 : 0,
		);
		await expect(page.locator('[data-testid="action-items"] tbody tr').count()).resolves.toBe(
			pm.data.actionItems.length,
		);
	});
});

describe('the archive index', () => {
	const order = (page: Page) =>
		page
			.locator('[data-testid="archive-table"] tbody tr')
			.evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset));

	const newestFirst = [...postmortems]
		.sort((a, b) => b.data.started.getTime() - a.data.started.getTime() || a.id.localeCompare(b.id))
		.map((pm) => pm.id);
	const pageSize = model.config.archivePageSize;

	test('lists every post-mortem newest first, page after page, before any sorting', async () => {
		const page = await session.open('/archive/');
		const seen: string[] = [];
		const pages = Math.ceil(postmortems.length / pageSize);
		for (let number = 1; number <= pages; number++) {
			const first = seen.length + 1;
			const rows = await order(page);
			seen.push(...rows.map((row) => row.id!));
			await expect(page.locator('th[data-sort="date"]').getAttribute('aria-sort')).resolves.toBe('descending');
			if (pages > 1) {
				await expect(cellText(page, '[data-testid="archive-table"] caption')).resolves.toMatch(
					new RegExp(`^Post-mortems ${first} to ${seen.length} of ${postmortems.length}, newest first`),
				);
				const pager = page.getByRole('navigation', { name: 'Archive pages' });
				await expect(pager.locator('[aria-current="page"]').textContent()).resolves.toBe(`Page ${number}`);
				if (number < pages)
					await Promise.all([
						page.waitForURL(`**/archive/page/${number + 1}/`),
						pager.getByRole('link', { name: 'Older →' }).click(),
					]);
				else await expect(pager.getByRole('link', { name: 'Older →' }).count()).resolves.toBe(0);
			}
		}
		expect(seen).toEqual(newestFirst);
	});

	// The example model lists fewer post-mortems a page than the example archive holds, so this runs.
	test.skipIf(postmortems.length <= pageSize)(
		'pages of the archive link back to newer ones and stay out of search results',
		async () => {
			const page = await session.open('/archive/page/2/');
			await expect(page.locator('h1').textContent()).resolves.toBe(
				`Post-mortem archive, page 2 of ${Math.ceil(postmortems.length / pageSize)}`,
			);
			const pager = page.getByRole('navigation', { name: 'Archive pages' });
			await expect(pager.getByRole('link', { name: '← Newer' }).getAttribute('href')).resolves.toBe('/archive/');
			await expect(pager.getByRole('link', { name: 'Page 1', exact: true }).getAttribute('href')).resolves.toBe(
				'/archive/',
			);
			const html = readFileSync(join(session.distDir, 'archive/page/2/index.html'), 'utf8');
			expect(html).not.toContain('data-pagefind-body');
		},
	);

	test.skipIf(noArchive)('sorts by severity and by time to mitigate from the keyboard', async () => {
		const page = await session.open('/archive/');
		await page.getByRole('button', { name: 'Date' }).focus();
		await page.keyboard.press('Tab');
		await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe('Severity');
		await page.keyboard.press('Enter');
		const severity = page.locator('th[data-sort="severity"]');
		await expect(severity.getAttribute('aria-sort')).resolves.toBe('ascending');
		await expect(page.locator('th[data-sort="date"]').getAttribute('aria-sort')).resolves.toBeNull();
		const ranks = (await order(page)).map((row) => Number(row.severity));
		expect(ranks).toEqual([...ranks].sort((a, b) => a - b));

		await page.keyboard.press('Space');
		await expect(severity.getAttribute('aria-sort')).resolves.toBe('descending');
		const descending = (await order(page)).map((row) => Number(row.severity));
		expect(descending).toEqual([...descending].sort((a, b) => b - a));

		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		const minutes = (await order(page)).map((row) => Number(row.duration));
		const firstPage = newestFirst.slice(0, pageSize).map((id) => postmortems.find((pm) => pm.id === id)!);
		expect(minutes).toEqual(firstPage.map((pm) => incidentDurations(pm.data).mitigate).sort((a, b) => a - b));
	});
});

describe.skipIf(noArchive)('the dashboard', () => {
	test('shows overall MTTA, MTTR, MTBF and completion rate computed from the archive', async () => {
		const page = await session.open('/archive/dashboard/');
		const overall = summarise(incidents);
		await expect(cellText(page, '[data-testid="overall"] [data-metric="count"]')).resolves.toBe(
			String(incidents.length),
		);
		await expect(cellText(page, '[data-testid="overall"] [data-metric="mtta"]')).resolves.toBe(
			formatDuration(overall.mtta),
		);
		await expect(cellText(page, '[data-testid="overall"] [data-metric="mttr"]')).resolves.toBe(
			formatDuration(overall.mttr),
		);
		await expect(cellText(page, '[data-testid="overall"] [data-metric="mtbf"]')).resolves.toBe(
			formatDuration(overall.mtbf),
		);
		const rate = completionRate(incidents.flatMap((pm) => pm.actionItems)).rate;
		await expect(cellText(page, '[data-testid="completion"] [data-metric="completion"]')).resolves.toBe(
			rate === undefined ? 'no items yet' : `${Math.round(rate * 100)}%`,
		);
	});

	test('shows a row per model level and per quarter with the same figures', async () => {
		const page = await session.open('/archive/dashboard/');
		for (const row of bySeverity(incidents, levelIds)) {
			const cell = (metric: string) =>
				cellText(page, `[data-testid="by-severity"] tr[data-level="${row.severity}"] [data-metric="${metric}"]`);
			await expect(cell('count')).resolves.toBe(String(row.count));
			await expect(cell('mtta')).resolves.toBe(formatDuration(row.mtta));
			await expect(cell('mttr')).resolves.toBe(formatDuration(row.mttr));
			await expect(cell('mtbf')).resolves.toBe(formatDuration(row.mtbf));
		}
		const quarters = byQuarter(incidents);
		await expect(page.locator('[data-testid="by-quarter"] tbody tr').count()).resolves.toBe(quarters.length);
		for (const row of quarters) {
			const cell = (metric: string) =>
				cellText(page, `[data-testid="by-quarter"] tr[data-quarter="${row.quarter}"] [data-metric="${metric}"]`);
			await expect(cell('mttr')).resolves.toBe(formatDuration(row.mttr));
			await expect(cell('mtbf')).resolves.toBe(formatDuration(row.mtbf));
		}
	});

	test('counts incidents per month by severity, and each chart has a name and a description', async () => {
		const page = await session.open('/archive/dashboard/');
		for (const month of incidentsPerMonth(incidents, levelIds)) {
			for (const id of levelIds) {
				await expect(
					cellText(page, `[data-testid="per-month"] tr[data-month="${month.month}"] td[data-level="${id}"]`),
				).resolves.toBe(String(month.counts[id]));
			}
		}
		const charts = page.locator('svg[role="img"]');
		expect(await charts.count()).toBeGreaterThan(0);
		for (const chart of await charts.all()) {
			const [title, description] = (await chart.getAttribute('aria-labelledby'))!.split(' ');
			await expect(chart.locator(`title#${title}`).textContent()).resolves.toBeTruthy();
			await expect(chart.locator(`desc#${description}`).textContent()).resolves.toBeTruthy();
		}
	});
});

describe('the action-item tracker', () => {
	const items = postmortems.flatMap((pm) =>
		pm.data.actionItems.map((item) => ({ ...item, postmortemId: pm.id, postmortemTitle: pm.data.title })),
	);
	const groups = openItemsByOwner(items, buildDate);
	// The samples hold one at any build date after 2024; a fork's own archive may have none.
	const overdue = groups.flatMap((group) => group.items).find((item) => item.daysOverdue > 0);

	test.skipIf(!overdue)(
		'lists an overdue item with how late it is in words, linking back to its post-mortem',
		async () => {
			const page = await session.open('/archive/actions/');
			const row = page.locator(`section[data-owner="${overdue!.owner}"] tr`, { hasText: overdue!.action });
			await expect(row.getAttribute('data-overdue')).resolves.toBe('true');
			await expect(row.innerText()).resolves.toContain(describeDue(overdue!.daysOverdue));
			await expect(row.getByRole('link', { name: overdue!.postmortemTitle }).getAttribute('href')).resolves.toBe(
				`/archive/${overdue!.postmortemId}/`,
			);
			await expect(page.locator('section[data-owner]').count()).resolves.toBe(groups.length);
			await expect(page.locator('section[data-owner] tbody tr').count()).resolves.toBe(
				groups.reduce((n, g) => n + g.items.length, 0),
			);
		},
	);
});

describe('the public incidents page', () => {
	const publicIncidents = listContentFiles('.', 'public-incidents', /\.yaml$/).map(({ id, file }) => ({
		id,
		data: publicIncidentSchema.parse(parse(readText('.', file))),
	}));

	test('links every figure to its source: the duration, each cited number and each change', async () => {
		const page = await session.open('/archive/public/');
		await expect(page.getByTestId('public-incident').count()).resolves.toBe(publicIncidents.length);
		for (const { id, data } of publicIncidents) {
			const section = page.getByTestId('public-incident').filter({ has: page.locator(`h2#incident-${id}`) });
			const durationLink = section.getByTestId('public-incident-duration').getByRole('link');
			await expect(durationLink.getAttribute('href')).resolves.toBe(data.duration.source);
			await expect(durationLink.getAttribute('href')).resolves.toMatch(/^https?:\/\//);
			for (const cited of data.sources) {
				const link = section.locator('p').getByRole('link', { name: cited.figure });
				await expect(link.first().getAttribute('href'), `${id}: ${cited.figure}`).resolves.toBe(cited.source);
			}
			const items = section.locator('ul > li');
			await expect(items.count()).resolves.toBe(data.changes.length);
			for (const [index, item] of data.changes.entries()) {
				const link = items.nth(index).getByRole('link');
				await expect(link.getAttribute('href')).resolves.toBe(item.source);
				await expect(link.innerText()).resolves.not.toMatch(/^\s*here\s*$/i);
			}
		}
	});
});
