import { existsSync } from 'node:fs';
import { chromium as playwright, type Browser } from 'playwright-core';

const SYSTEM_BROWSERS = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
];

/** The browser for end-to-end tests and the benchmark: CHROME_PATH, then a system Chromium or Chrome, then the npm-shipped Chromium. */
export async function resolveChromium(): Promise<string> {
	if (process.env.CHROME_PATH) {
		if (!existsSync(process.env.CHROME_PATH))
			throw new Error(`CHROME_PATH points to "${process.env.CHROME_PATH}", which does not exist`);
		return process.env.CHROME_PATH;
	}
	const system = SYSTEM_BROWSERS.find((path) => existsSync(path));
	if (system) return system;
	const { default: sparticuz } = await import('@sparticuz/chromium');
	return sparticuz.executablePath();
}

// This machine has no network but the registries: without these flags Chromium keeps trying to reach Google's hosts.
const QUIET_FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage',
];

export async function launchBrowser(): Promise<Browser> {
	return playwright.launch({ executablePath: await resolveChromium(), headless: true, args: QUIET_FLAGS });
}
