import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './support/session.ts';
import { axeViolations } from './support/axe.ts';
import { loadModel } from '../../src/data/load-model.ts';
import { formatDuration } from '../../src/domain/time/durations.ts';
import { formatUtcClock } from '../../src/domain/time/clock.ts';

const session = useBrowser();
const model = loadModel();
const level = model.levels.find((l) => l.updates.internal && l.updates.external)!;
const cadence = level.updates.internal!.minutes;
const MINUTE = 60_000;
const T0 = Date.UTC(2026, 2, 15, 14, 0);
const CLIPBOARD = { permissions: ['clipboard-read', 'clipboard-write'] };

type Tab = Page & { errors: string[] };

async function ready(page: Page) {
	await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
}

async function declare(page: Page, title: string, options: { exercise?: boolean } = {}) {
	await ready(page);
	await page.getByLabel('Your name').fill('Priya');
	await page.getByLabel('Title', { exact: true }).fill(title);
	await page.getByLabel('Level', { exact: true }).selectOption(level.id);
	await page.getByLabel('Affected services').fill('checkout, payments');
	await page.getByLabel('Impact started (UTC, if known)').fill('2026-03-15T13:50');
	await page
		.getByRole('group', { name: /Who holds each role/ })
		.getByLabel('Incident commander')
		.fill('Priya');
	if (options.exercise) await page.getByRole('checkbox', { name: /This is an exercise/ }).check();
	await page.getByRole('button', { name: 'Declare the incident' }).click();
	await page.getByRole('heading', { name: title, level: 2 }).waitFor();
}

async function log(page: Page, text: string, marker?: string) {
	await page.getByLabel('What happened', { exact: true }).first().fill(text);
	if (marker) await page.getByRole('group', { name: 'Log as' }).getByRole('button', { name: marker }).click();
	else await page.getByLabel('What happened', { exact: true }).first().press('Enter');
	await page
		.getByRole('list', { name: /Entries, newest first/ })
		.getByText(text, { exact: false })
		.first()
		.waitFor();
}

const timer = (page: Page) => page.locator('[role="timer"][data-audience="internal"]');
const entries = (page: Page) => page.getByRole('list', { name: /Entries, newest first/ }).locator(':scope > li');

describe('the incident console', () => {
	test('runs an incident from declaration to a post-mortem whose times match the log', async () => {
		const page = (await session.open('/tools/console/', CLIPBOARD)) as Tab;
		await page.clock.install({ time: T0 });
		await page.reload();
		await ready(page);
		// The installed clock keeps running with the real one; start the incident at T0 however long loading took.
		await page.clock.setSystemTime(T0);
		await declare(page, 'Card payments failing');
		await expect(timer(page).textContent()).resolves.toBe(
			`due in ${formatDuration(cadence)}, at ${formatUtcClock(T0 + cadence * MINUTE)}`,
		);
		await log(page, 'Error alert fired', 'Detected');
		await page.clock.fastForward(2 * MINUTE);
		await log(page, 'On it', 'Acknowledged');

		// Copying an update logs it and restarts the clock from now.
		await page.clock.fastForward((cadence - 5) * MINUTE);
		await expect.poll(() => timer(page).textContent()).toMatch(/^due in [23] minutes/);
		await page.getByRole('button', { name: /^Copy and log as sent.*Chat: progress update$/ }).click();
		await page.getByText('Copied', { exact: true }).first().waitFor();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toContain(`${level.id} (${level.label}) update for checkout, payments`);
		// The shown message refreshes each second, so it may be a tick behind a copy made as the minute turned.
		await expect.poll(() => page.locator('#console-message-internal-update').textContent()).toBe(copied);
		await expect.poll(() => timer(page).textContent()).toMatch(new RegExp(`^due in ${formatDuration(cadence)}`));
		await expect(entries(page).first().textContent()).resolves.toContain('Internal update sent: Chat: progress update');

		// Past due on the wall clock: a banner and the tab's title say so.
		await page.clock.fastForward((cadence + 1) * MINUTE);
		await page.getByRole('alert').filter({ hasText: 'Internal update overdue' }).waitFor();
		await expect.poll(() => page.title()).toMatch(/^⚠ .*Internal update overdue/);

		await log(page, 'Rolled back deploy 812', 'Mitigated');
		await page.clock.fastForward(20 * MINUTE);
		await log(page, 'All clear', 'Resolved');
		const shown = await page
			.locator('.console-times tr[data-duration]')
			.evaluateAll((rows) =>
				rows.map((row) => [row.querySelector('th')!.textContent!, row.querySelector('td')!.textContent!]),
			);
		expect(Object.fromEntries(shown)).toMatchObject({
			'Time to detect': '10 minutes',
			'Time to acknowledge': '2 minutes',
		});

		await page.getByRole('button', { name: 'Write the post-mortem' }).click();
		await page.waitForURL('**/tools/post-mortem/');
		await expect.poll(() => page.getByLabel('Title', { exact: true }).inputValue()).toBe('Card payments failing');
		for (const [label, value] of shown) {
			await expect(
				page.getByText(label!, { exact: true }).locator('xpath=following-sibling::dd').textContent(),
			).resolves.toBe(value);
		}
		await expect(page.getByLabel('Incident commander', { exact: true }).inputValue()).resolves.toBe('Priya');
		const events = await page
			.getByLabel('What happened')
			.evaluateAll((fields) => fields.map((f) => (f as HTMLInputElement).value));
		expect(events).toContain('Detected: Error alert fired');
		expect(events).toContain('Mitigated: Rolled back deploy 812');
		expect(page.errors).toEqual([]);
	});

	test('two tabs adding entries at the same moment both keep both', async () => {
		const first = (await session.open('/tools/console/')) as Tab;
		await declare(first, 'Search returns errors');
		const second = await first.context().newPage();
		await second.goto(first.url());
		await second.getByRole('heading', { name: 'Search returns errors', level: 2 }).waitFor();
		await first.getByLabel('What happened', { exact: true }).fill('from the first tab');
		await second.getByLabel('What happened', { exact: true }).fill('from the second tab');
		await Promise.all([first.keyboard.press('Enter'), second.keyboard.press('Enter')]);
		for (const page of [first, second]) {
			await entries(page).getByText('from the first tab').waitFor();
			await entries(page).getByText('from the second tab').waitFor();
		}
		await second.reload();
		await entries(second).getByText('from the first tab').waitFor();
		await expect(entries(second).getByText('from the second tab').count()).resolves.toBe(1);
	});

	test('an exported incident imports in another browser exactly as it was exported', async () => {
		const page = await session.open('/tools/console/');
		await declare(page, 'Queue backlog', { exercise: true });
		await log(page, 'Consumers stalled', 'Decision');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Export this incident (JSON)' }).click(),
		]);
		const exported = readFileSync((await download.path())!, 'utf8');
		expect(JSON.parse(exported)).toMatchObject({
			format: 'incident-handbook/incident',
			incident: { facts: { exercise: { value: true } } },
		});

		const elsewhere = await session.open('/tools/console/');
		await ready(elsewhere);
		await elsewhere
			.getByLabel('Import an incident (JSON)')
			.setInputFiles({ name: 'incident.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
		await elsewhere.getByRole('heading', { name: 'Queue backlog', level: 2 }).waitFor();
		await expect(elsewhere.locator('.console-header').getByText('Exercise').count()).resolves.toBe(1);
		const [again] = await Promise.all([
			elsewhere.waitForEvent('download'),
			elsewhere.getByRole('button', { name: 'Export this incident (JSON)' }).click(),
		]);
		expect(readFileSync((await again.path())!, 'utf8')).toBe(exported);
	});

	test('works by keyboard alone, at 390 pixels wide, without horizontal scrolling', async () => {
		const page = await session.open('/tools/console/');
		await page.setViewportSize({ width: 390, height: 844 });
		await ready(page);
		const focused = () =>
			page.evaluate(() => ({
				id: document.activeElement?.id ?? '',
				text: document.activeElement?.textContent?.trim() ?? '',
			}));
		const tabTo = async (wanted: (f: { id: string; text: string }) => boolean) => {
			for (let i = 0; i < 150; i++) {
				await page.keyboard.press('Tab');
				if (wanted(await focused())) return;
			}
			throw new Error(`Tab never got there; focus is on ${JSON.stringify(await focused())}`);
		};
		await tabTo((f) => f.id === 'console-title');
		await page.keyboard.type('Login timeouts');
		await tabTo((f) => f.id === 'console-level');
		await page.keyboard.press('ArrowDown');
		await tabTo((f) => f.id === 'console-services');
		await page.keyboard.type('login');
		await tabTo((f) => f.text === 'Declare the incident');
		await page.keyboard.press('Enter');
		await expect.poll(focused).toMatchObject({ id: 'console-incident-heading' });
		await tabTo((f) => f.id === 'console-entry');
		await page.keyboard.type('Login p99 at 9 seconds');
		await page.keyboard.press('Enter');
		await page.keyboard.type('Add a connection-pool alert');
		await tabTo((f) => f.text === 'Action');
		await page.keyboard.press('Space');
		await expect(entries(page).first().textContent()).resolves.toContain('Action: Add a connection-pool alert');
		await expect(entries(page).nth(1).textContent()).resolves.toContain('Login p99 at 9 seconds');
		await expect.poll(focused).toMatchObject({ id: 'console-entry' });
		await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
	});
});

describe.each(['light', 'dark'] as const)('an open incident in the %s theme', (colorScheme) => {
	test('has no axe violations, even with an update overdue', async () => {
		const page = await session.open('/tools/console/', { colorScheme });
		await page.clock.install({ time: T0 });
		await page.reload();
		await declare(page, 'Webhook delivery backlog', { exercise: true });
		await log(page, 'Queue depth 40k', 'Detected');
		await page.clock.fastForward((cadence + 1) * MINUTE);
		await page.getByRole('alert').filter({ hasText: 'overdue' }).waitFor();
		await page.evaluate((theme) => document.documentElement.setAttribute('data-theme', theme), colorScheme);
		expect(await axeViolations(page)).toEqual([]);
	});
});
