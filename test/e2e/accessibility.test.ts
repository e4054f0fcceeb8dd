import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { useBrowser } from './support/session.ts';
import { builtPages } from '../../scripts/lib/built-pages.ts';
import { axeViolations } from './support/axe.ts';

const session = useBrowser();
const pages = builtPages(session.distDir);

describe.each(['light', 'dark'] as const)('axe in the %s theme', (colorScheme) => {
	// One tab per theme, navigated from page to page: a fresh browser context per page doubles the run time.
	let tab: Page;
	beforeAll(async () => {
		tab = await session.open('/', { colorScheme });
	});

	test.each(pages)('/%s has no violations', async (path) => {
		await tab.goto(new URL(`/${path}`, session.baseUrl).href);
		await tab.evaluate((theme) => document.documentElement.setAttribute('data-theme', theme), colorScheme);
		expect(await axeViolations(tab)).toEqual([]);
	});
});
