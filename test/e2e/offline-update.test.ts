import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, inject, test } from 'vitest';
import { launchBrowser } from '../../scripts/lib/chromium.ts';
import { serveStatic } from '../../scripts/lib/build/static-server.ts';
import { buildSite } from '../support/build-site.ts';
import { copyProject } from '../support/project-copy.ts';

const NEW_SENTENCE = 'This sentence arrived with the newer build.';
const dirs: string[] = [];
let server: Server | undefined;

afterAll(() => {
	server?.close();
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Serves `dir` on `port` (0 for any), replacing the site served before, as a deploy would. */
async function deploy(dir: string, port: number): Promise<string> {
	await new Promise((done) => (server ? server.close(done) : done(undefined)));
	const served = await serveStatic(dir, port);
	server = served.server;
	return served.url;
}

test(
	'a new deploy is offered with a prompt, never swapped in, and reloading shows it',
	{ timeout: 150_000 },
	async () => {
		// The suite's own build is the deploy the reader has already seen.
		const first = mkdtempSync(join(tmpdir(), 'handbook-update-first-'));
		dirs.push(first);
		cpSync(inject('distDir'), first, { recursive: true });
		const url = await deploy(first, 0);

		const project = copyProject();
		project.edit('content/docs/severity.mdx', (text) => `${text}\n\n${NEW_SENTENCE}\n`);
		const second = mkdtempSync(join(tmpdir(), 'handbook-update-second-'));
		dirs.push(second);
		const build = await buildSite(project.root, second);
		expect(build.ok, build.output).toBe(true);

		const browser = await launchBrowser();
		try {
			const page = await (await browser.newContext()).newPage();
			const severity = new URL('severity/', url).href;
			await page.goto(severity);
			await page.evaluate(async () => {
				await navigator.serviceWorker.ready;
			});
			await page.reload();
			await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

			await deploy(second, Number(new URL(url).port));
			await page.reload();
			const prompt = page.getByRole('status').filter({ hasText: 'A newer handbook is available.' });
			await prompt.getByRole('button', { name: 'Reload' }).waitFor({ timeout: 20_000 });
			// The page in front of the reader is still the one they had.
			await expect(page.getByText(NEW_SENTENCE).count()).resolves.toBe(0);
			await page.goto(new URL('runbooks/', url).href);
			await prompt.getByRole('button', { name: 'Reload' }).waitFor();
			await page.goto(severity);
			await expect(page.getByText(NEW_SENTENCE).count()).resolves.toBe(0);

			await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()]);
			await page.getByText(NEW_SENTENCE).waitFor();
			await expect(page.locator('#hb-update').isHidden()).resolves.toBe(true);
		} finally {
			await browser.close();
		}
	},
);
