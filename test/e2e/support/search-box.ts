import type { Page } from 'playwright-core';

/** Pagefind's search box (Vite names its chunk after `ui-core.mjs`) and Pagefind's own files. */
export const SEARCH_CODE = /\/_astro\/ui-core\.[\w-]+\.js$|\/pagefind\//;

/** Holds back every search-code request until the returned function is called, as a slow network would. */
export async function holdSearchCode(page: Page): Promise<() => void> {
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(SEARCH_CODE, async (route) => {
		await held;
		await route.continue();
	});
	return release;
}

/**
 * Opens search with Ctrl+K as a reader would, once the page's search script is listening: the script
 * enables the button when it has run, and a key pressed before that would be lost on a busy machine.
 */
export async function pressSearchShortcut(page: Page): Promise<void> {
	await page.locator('button[data-open-modal]:not([disabled])').waitFor();
	await page.keyboard.press('Control+k');
	await page.locator('site-search dialog[open]').waitFor();
}
