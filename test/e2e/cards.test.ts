import { describe, expect, test } from 'vitest';
import { useBrowser } from './support/session.ts';
import { loadModel } from '../../src/data/load-model.ts';
import { formatDuration } from '../../src/domain/time/durations.ts';

const session = useBrowser();
const model = loadModel();

// Chromium lays out print at 96 CSS pixels per inch; the card's print stylesheet sets 8 mm page margins.
const mm = (millimetres: number) => (millimetres / 25.4) * 96;
const A4_PRINTABLE = { width: mm(210 - 16), height: mm(297 - 16) };

function pageCount(pdf: Buffer): number {
	return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

describe('the severity cards index', () => {
	test('links one card per level of the model', async () => {
		const page = await session.open('/cards/');
		const hrefs = await page
			.getByTestId('card-list')
			.locator('a')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		expect(hrefs).toEqual(model.levels.map((level) => `/cards/${level.id.toLowerCase()}/`));
	});
});

describe.each(model.levels.map((level) => [level.id, level] as const))('the %s card', (_id, level) => {
	const path = `/cards/${level.id.toLowerCase()}/`;

	test('shows the level, its response times, who is alerted and the roles to staff', async () => {
		const page = await session.open(path);
		const card = page.getByTestId('severity-card');
		await expect(page.locator('h1').textContent()).resolves.toContain(level.id);
		const field = (name: string) => card.locator(`[data-field="${name}"] dd`).textContent();
		await expect(field('acknowledge')).resolves.toBe(formatDuration(level.acknowledgeWithin));
		await expect(field('respond')).resolves.toBe(formatDuration(level.respondWithin));
		const paged = await field('paged');
		for (const who of level.paged) expect(paged).toContain(who);
		const roles = await field('roles');
		for (const id of level.roles) expect(roles).toContain(model.roles.find((role) => role.id === id)!.name);
		await expect(card.locator('[data-field="impact"]').textContent()).resolves.toBe(level.impact);
	});

	test('shows the update cadence and what the level requires', async () => {
		const page = await session.open(path);
		const card = page.getByTestId('severity-card');
		const field = (name: string) => card.locator(`[data-field="${name}"] dd`).textContent();
		const internal = level.updates.internal ? `Every ${formatDuration(level.updates.internal)}` : 'No fixed cadence';
		await expect(field('internal-updates')).resolves.toBe(internal);
		const yesNo = (value: boolean) => (value ? 'Yes' : 'No');
		await expect(field('war-room')).resolves.toBe(yesNo(level.requires.warRoom));
		await expect(field('status-page')).resolves.toBe(yesNo(level.requires.statusPage));
		await expect(field('customer-email')).resolves.toBe(yesNo(level.requires.customerEmail));
		await expect(field('executive-notice')).resolves.toBe(yesNo(level.requires.executiveNotice));
		const postmortem = await field('postmortem');
		expect(postmortem).toMatch(
			{ full: /full/i, lightweight: /lightweight/i, none: /not required/i }[level.requires.postmortem],
		);
	});

	test('lists first steps and the escalation rules that apply to the level', async () => {
		const page = await session.open(path);
		await expect(page.getByTestId('card-steps').locator(':scope > li').count()).resolves.toBeGreaterThan(2);
		const triggers = await page.getByTestId('card-escalation').locator('tbody th').allTextContents();
		const expected = model.escalation.rules.filter(
			(rule) => rule.levels.length === 0 || rule.levels.includes(level.id),
		);
		expect(triggers).toEqual(expected.map((rule) => rule.trigger));
	});

	test('prints on one A4 page without the header or sidebars', async () => {
		const page = await session.open(path);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('header.header').isVisible()).resolves.toBe(false);
		await expect(page.locator('nav.sidebar').isVisible()).resolves.toBe(false);
		await expect(page.locator('footer').first().isVisible()).resolves.toBe(false);
		await expect(page.getByTestId('severity-card').isVisible()).resolves.toBe(true);
		await page.setViewportSize({ width: Math.floor(A4_PRINTABLE.width), height: Math.floor(A4_PRINTABLE.height) });
		const bottom = await page
			.getByTestId('severity-card')
			.evaluate((card) => card.getBoundingClientRect().bottom + window.scrollY);
		expect(bottom).toBeLessThanOrEqual(A4_PRINTABLE.height);
		expect(pageCount(await page.pdf({ format: 'A4' }))).toBe(1);
		expect(pageCount(await page.pdf({ format: 'Letter' }))).toBe(1);
	});
});
