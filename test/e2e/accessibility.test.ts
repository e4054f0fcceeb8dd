import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { useBrowser } from './support/session.ts';
import { builtPages } from '../../scripts/lib/bench/built-pages.ts';
import { axeViolations } from './support/axe.ts';
import { holdSearchCode, pressSearchShortcut } from './support/search-box.ts';

const session = useBrowser();
const pages = builtPages(session.distDir);

const THEMES = ['light', 'dark'] as const;
const filterable = pages.some((page) => /^(runbooks\/[^/]+|archive\/\d{4}-[^/]+)\/$/.test(page));

describe('axe on every page', () => {
	// One tab per theme, navigated from page to page, both at once: a fresh browser context per page
	// doubled the run time, and one theme after the other left a core idle.
	let tabs: Page[];
	beforeAll(async () => {
		tabs = await Promise.all(THEMES.map((colorScheme) => session.open('/', { colorScheme })));
	});

	test.each(pages)('/%s has no violations in the light or the dark theme', async (path) => {
		const found = await Promise.all(
			THEMES.map(async (theme, i) => {
				const tab = tabs[i]!;
				await tab.goto(new URL(`/${path}`, session.baseUrl).href);
				await tab.evaluate((chosen) => document.documentElement.setAttribute('data-theme', chosen), theme);
				return [theme, await axeViolations(tab)] as const;
			}),
		);
		expect(Object.fromEntries(found)).toEqual({ light: [], dark: [] });
	});
});

describe.each(['light', 'dark'] as const)('the search dialog in the %s theme', (colorScheme) => {
	test('has no violations while its box loads, nor once results and filters show', async () => {
		const page = await session.open('/', { colorScheme });
		const release = await holdSearchCode(page);
		await pressSearchShortcut(page);
		await page.locator('[data-search-stand-in] input').waitFor();
		expect(await axeViolations(page)).toEqual([]);
		release();
		await page.locator('[data-search-stand-in]').waitFor({ state: 'detached' });
		await page.getByRole('textbox', { name: 'Search' }).fill('database');
		await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
		// Filters come from runbooks and post-mortems, which a fork may not have written yet.
		if (filterable) await page.locator('.pagefind-ui__filter-panel').first().waitFor();
		expect(await axeViolations(page)).toEqual([]);
	});
});
