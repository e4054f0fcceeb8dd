import { describe, expect, test } from 'vitest';
import { useBrowser } from './support/session.ts';
import { loadModel } from '../../src/data/load-model.ts';
import { formatDuration } from '../../src/domain/time/durations.ts';

const session = useBrowser();
const model = loadModel();

describe('the metrics chapter', () => {
	test('gives each level its acknowledgement time as the MTTA target and its mitigation target as MTTR', async () => {
		const page = await session.open('/metrics/');
		const rows = page.getByTestId('metric-targets').locator('tbody tr');
		await expect(rows.count()).resolves.toBe(model.levels.length);
		for (const level of model.levels) {
			const cells = await page
				.locator(`[data-testid="metric-targets"] tr[data-level="${level.id}"] td`)
				.allTextContents();
			expect(cells[0]).toBe(formatDuration(level.acknowledgeWithin));
			if (level.targets.mitigate) expect(cells[1]).toBe(formatDuration(level.targets.mitigate));
			else expect(cells[1]).toMatch(/no target/i);
		}
	});
});

describe('the post-mortems chapter', () => {
	test('shows, per level, the review the model requires', async () => {
		const page = await session.open('/post-mortems/');
		const expected = { full: /full post-mortem/i, lightweight: /lightweight review/i, none: /no review required/i };
		for (const level of model.levels) {
			const cell = await page
				.locator(`[data-testid="postmortem-levels"] tr[data-level="${level.id}"] td`)
				.textContent();
			expect(cell).toMatch(expected[level.requires.postmortem]);
		}
	});

	test('links to the post-mortem tool and the archive', async () => {
		const page = await session.open('/post-mortems/');
		const hrefs = await page.locator('main a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		expect(hrefs).toContain('/tools/post-mortem/');
		expect(hrefs).toContain('/archive/');
	});
});

describe('the readiness checklist', () => {
	test('can be ticked by keyboard, each box named by its item', async () => {
		const page = await session.open('/readiness/');
		const box = page.getByRole('group', { name: 'Infrastructure readiness' }).getByRole('checkbox').first();
		await expect(box.getAttribute('aria-disabled')).resolves.toBeNull();
		await expect(box.isEnabled()).resolves.toBe(true);
		await box.focus();
		await page.keyboard.press('Space');
		await expect(box.isChecked()).resolves.toBe(true);
		const name = await box.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '');
		expect(name).toMatch(/symptom-based alert/);
	});
});
