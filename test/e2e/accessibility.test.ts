import { describe, expect, test } from 'vitest';
import { useBrowser } from './support/session.ts';
import { builtPages } from './support/pages.ts';
import { axeViolations } from './support/axe.ts';

const session = useBrowser();
const pages = builtPages(session.distDir);

describe.each(['light', 'dark'] as const)('axe in the %s theme', (colorScheme) => {
	test.each(pages)('/%s has no violations', async (path) => {
		const page = await session.open(`/${path}`, { colorScheme });
		await page.evaluate((theme) => document.documentElement.setAttribute('data-theme', theme), colorScheme);
		expect(await axeViolations(page)).toEqual([]);
	});
});
