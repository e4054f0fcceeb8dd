import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../../scripts/lib/chromium.ts';

/** One browser per test file; each call to `open` gets a fresh context so storage never leaks between tests. */
export function useBrowser() {
	let browser: Browser;
	const contexts: BrowserContext[] = [];
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await Promise.all(contexts.map((c) => c.close()));
		await browser?.close();
	});
	return {
		baseUrl: inject('baseUrl'),
		distDir: inject('distDir'),
		async open(path: string, options: { colorScheme?: 'light' | 'dark'; permissions?: string[] } = {}): Promise<Page> {
			const context = await browser.newContext({
				colorScheme: options.colorScheme ?? 'light',
				permissions: options.permissions,
				acceptDownloads: true,
			});
			contexts.push(context);
			const page = await context.newPage();
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(error.message));
			await page.goto(new URL(path, inject('baseUrl')).href);
			(page as Page & { errors: string[] }).errors = errors;
			return page;
		},
	};
}
