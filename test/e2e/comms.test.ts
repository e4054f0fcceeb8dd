import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './support/session.ts';
import { loadModel } from '../../src/data/load-model.ts';
import { STORAGE_KEY } from '../../src/domain/comms/state.ts';
import { axeViolations } from './support/axe.ts';

const session = useBrowser();
const model = loadModel();
const statusLevel = model.levels.find((l) => l.requires.statusPage && l.updates.external)!;
const CLIPBOARD = { permissions: ['clipboard-read', 'clipboard-write'] };

const FACTS = 'astro-island[component-url*="CommsFacts"]';
const MESSAGES = 'astro-island[component-url*="CommsMessageList"]';

/** The facts form hydrates on load; the messages when the reader comes near them (or has saved work). */
async function ready(page: Page) {
	await page.locator(`${FACTS}:not([ssr])`).waitFor({ state: 'attached' });
}
async function messagesReady(page: Page) {
	await page.locator(`${MESSAGES}:not([ssr])`).waitFor({ state: 'attached' });
}

const output = (page: Page, name: string) => page.getByRole('region', { name, exact: true }).locator('pre').last();

describe('the communications generator', () => {
	test('updates messages as facts are typed and copies the exact text', async () => {
		const page = await session.open('/tools/comms/', CLIPBOARD);
		await ready(page);
		const update = output(page, 'Chat: progress update');
		await expect(update.textContent()).resolves.toContain('[missing: service]');

		await page.getByLabel('Service', { exact: true }).fill('Checkout <!channel>');
		await page.getByLabel('Severity').selectOption(statusLevel.id);
		await page
			.getByRole('group', { name: 'Times, in UTC' })
			.getByRole('button', { name: 'Now as time of this update' })
			.click();
		await page.getByRole('radio', { name: 'Slack mrkdwn' }).check();
		// The messages are their own island, hydrating as the reader comes near: the format arrives a frame later.
		await expect.poll(() => update.textContent()).toContain('update for Checkout &lt;!channel&gt;');
		await expect(update.textContent()).resolves.toMatch(/Next update due at \d\d:\d\d UTC/);

		const region = page.getByRole('region', { name: 'Chat: progress update', exact: true });
		await region.getByRole('button', { name: /^Copy message/ }).click();
		await region.getByText('Copied', { exact: true }).waitFor();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(await update.textContent());
		await page.locator('[aria-live="polite"]').filter({ hasText: 'Copied the message' }).waitFor({ state: 'attached' });
		expect((page as Page & { errors: string[] }).errors).toEqual([]);
	});

	test('restores the facts after a reload', async () => {
		const page = await session.open('/tools/comms/');
		await ready(page);
		await page.getByLabel('Affected feature').fill('card payments');
		await messagesReady(page);
		await page.getByRole('radio', { name: 'HTML email' }).check();
		// Saving follows a frame after the change; a reload before then would rightly lose it.
		await expect
			.poll(() => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), STORAGE_KEY))
			.toMatchObject({ format: 'html', facts: { feature: 'card payments' } });
		await page.reload();
		await ready(page);
		await messagesReady(page);
		await expect.poll(() => page.getByLabel('Affected feature').inputValue()).toBe('card payments');
		await expect.poll(() => page.getByRole('radio', { name: 'HTML email' }).isChecked()).toBe(true);
		await expect(output(page, 'Status page: investigating').textContent()).resolves.toContain('<p><strong>');
	});

	test('takes the severity from the address and marks the messages it requires', async () => {
		const page = await session.open(`/tools/comms/?severity=${statusLevel.id}`);
		await ready(page);
		await messagesReady(page);
		await expect.poll(() => page.getByLabel('Severity').inputValue()).toBe(statusLevel.id);
		const region = page.getByRole('region', { name: 'Status page: investigating', exact: true });
		await expect(region.textContent()).resolves.toContain(`Required at ${statusLevel.id}`);
	});

	test('leaves the messages unhydrated on a bare load, and brings them to life at the first touch', async () => {
		const page = await session.open('/tools/comms/');
		await ready(page);
		await page.waitForTimeout(300);
		await expect(page.locator(`${MESSAGES}[ssr]`).count()).resolves.toBe(1);

		await page.getByLabel('Service', { exact: true }).focus();
		await messagesReady(page);
		await page.keyboard.type('Checkout');
		await expect(output(page, 'Chat: progress update').textContent()).resolves.toContain('update for Checkout');
	});

	test('brings the messages to life when scrolled near, with no other touch', async () => {
		const page = await session.open('/tools/comms/');
		await ready(page);
		await page.getByRole('heading', { name: 'Messages', exact: true }).evaluate((h) => h.scrollIntoView());
		await messagesReady(page);
	});

	test('ignores an unknown severity in the address with a visible note', async () => {
		const page = await session.open('/tools/comms/?severity=SEV99');
		await ready(page);
		const note = page.getByRole('status', { name: 'Notices' });
		await expect.poll(() => note.textContent()).toContain('"SEV99"');
		await expect(note.isVisible()).resolves.toBe(true);
		await expect(page.getByLabel('Severity').inputValue()).resolves.toBe('');
	});

	test('moves between output formats with the arrow keys', async () => {
		const page = await session.open('/tools/comms/');
		await ready(page);
		await page.getByRole('radio', { name: 'Plain text' }).focus();
		await page.keyboard.press('ArrowRight');
		await expect(page.getByRole('radio', { name: 'Markdown' }).isChecked()).resolves.toBe(true);
	});

	test.each(['light', 'dark'] as const)(
		'passes axe in the %s theme with notes, warnings and a copy confirmation showing',
		async (colorScheme) => {
			const page = await session.open('/tools/comms/?severity=SEV99', { ...CLIPBOARD, colorScheme });
			await page.evaluate((theme) => document.documentElement.setAttribute('data-theme', theme), colorScheme);
			await ready(page);
			await page.getByLabel('Service', { exact: true }).fill('x'.repeat(200));
			await page.getByLabel('Local date and time').fill('2026-03-08T02:30');
			await page.getByLabel('Time zone').fill('America/Los_Angeles');
			const sms = page.getByRole('region', { name: 'SMS alert', exact: true });
			await messagesReady(page);
			await sms.getByRole('button', { name: /^Copy message/ }).click();
			await sms.getByText('Copied', { exact: true }).waitFor();
			await sms.getByText(/over this channel's limit/).waitFor();
			await page.getByText(/does not exist \(the clocks jumped forward\)/).waitFor();
			expect(await axeViolations(page)).toEqual([]);
		},
	);

	test('keeps the island script within its 15 KB gzip budget', () => {
		const dir = join(session.distDir, '_astro');
		const island = readdirSync(dir).filter((f) => /^Comms.*\.js$/.test(f));
		expect(island.length).toBeGreaterThan(0);
		const bytes = island.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f))).length, 0);
		expect(bytes).toBeLessThan(15 * 1024);
	});
});
