import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../../scripts/lib/chromium.ts';

/** Which built site a test file drives: the handbook as it is, or the copy with a generated hostile archive. */
export type Site = 'main' | 'hostile';

/** One browser per test file; each call to `open` gets a fresh context so storage never leaks between tests. */
export function useBrowser(site: Site = 'main') {
	let browser: Browser;
	const contexts: BrowserContext[] = [];
	const baseUrl = inject(site === 'main' ? 'baseUrl' : 'hostileUrl');
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await Promise.all(contexts.map((c) => c.close()));
		await browser?.close();
	});
	return {
		baseUrl,
		distDir: inject(site === 'main' ? 'distDir' : 'hostileDistDir'),
		async open(
			path: string,
			options: {
				colorScheme?: 'light' | 'dark';
				permissions?: string[];
				initScript?: string;
				serviceWorkers?: 'allow' | 'block';
			} = {},
		): Promise<Page> {
			const context = await browser.newContext({
				colorScheme: options.colorScheme ?? 'light',
				permissions: options.permissions,
				acceptDownloads: true,
				// A service worker would download the whole offline copy in every context, and would answer
				// requests that tests route; only the tests of the offline copy let it run.
				serviceWorkers: options.serviceWorkers ?? 'block',
			});
			contexts.push(context);
			if (options.initScript) await context.addInitScript(options.initScript);
			const page = await context.newPage();
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(error.message));
			// Paths are written from the site's root; the site may live under a base path.
			await page.goto(new URL(path.replace(/^\//, ''), baseUrl).href);
			(page as Page & { errors: string[] }).errors = errors;
			return page;
		},
	};
}
