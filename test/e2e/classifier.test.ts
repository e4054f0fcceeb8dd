import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { Window } from 'happy-dom';
import { frontmatterOf, listContentFiles, MARKDOWN, readText } from '../../scripts/lib/init/content-files.ts';
import { useBrowser } from './support/session.ts';
import { loadModel } from '../../src/data/load-model.ts';
import { allPaths, encodeAnswers, locate } from '../../src/domain/classify/classify.ts';
import { axeViolations } from './support/axe.ts';
import type { Question } from '../../src/schemas/model.ts';

const session = useBrowser();
const model = loadModel();
// The longest path asks the most questions, so focus has to move the most times.
const path = allPaths(model.tree).sort((a, b) => b.answers.length - a.answers.length)[0]!;
const level = model.levels.find((l) => l.id === path.levelId)!;
const questionAt = (length: number) =>
	(locate(model.tree, path.answers.slice(0, length)) as { question: Question }).question;

async function ready(page: Page) {
	await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
	await page.locator('.classifier-question:not([disabled]), .classifier-result').first().waitFor();
}

const focused = (page: Page) =>
	page.evaluate(() => {
		const el = document.activeElement;
		return { tag: el?.tagName ?? '', id: el?.id ?? '', text: el?.textContent?.trim() ?? '' };
	});

/** Presses Tab until focus is on the element the test is after; a real keyboard user can do no more. */
async function tabUntil(page: Page, wanted: (f: Awaited<ReturnType<typeof focused>>) => boolean) {
	for (let presses = 0; presses < 200; presses++) {
		await page.keyboard.press('Tab');
		if (wanted(await focused(page))) return;
	}
	throw new Error(`Tab never reached the element; focus ended on ${JSON.stringify(await focused(page))}`);
}

describe('the severity classifier, by keyboard only', () => {
	test('reaches a level, moving focus to each question and to the result, and the shared link reopens it', async () => {
		const page = await session.open('/tools/classify/', { permissions: ['clipboard-read', 'clipboard-write'] });
		await ready(page);

		for (const [step, index] of path.answers.entries()) {
			const question = questionAt(step);
			const label = question.answers[index]!.label;
			if (step > 0) {
				await expect
					.poll(() => focused(page))
					.toMatchObject({ tag: 'H2', text: expect.stringContaining(question.text) });
			}
			await tabUntil(page, (f) => f.tag === 'BUTTON' && f.text === label);
			// Alternate the two keys that activate a button, so both stay working.
			await page.keyboard.press(step % 2 === 0 ? 'Enter' : 'Space');
		}

		await expect
			.poll(() => focused(page))
			.toMatchObject({ id: 'classifier-result-heading', text: expect.stringContaining(`${level.id} ${level.label}`) });
		await expect(page.locator('[aria-live="polite"]').first().textContent()).resolves.toContain(`Result: ${level.id}`);

		await tabUntil(page, (f) => f.text === 'Copy link');
		await page.keyboard.press('Enter');
		await page.getByText('Copied', { exact: true }).waitFor();
		const shared = await page.evaluate(() => navigator.clipboard.readText());
		expect(shared).toBe(await page.locator('#classifier-share').inputValue());
		expect(shared).toContain('?answers=');

		const reopened = await session.open(new URL(shared).pathname + new URL(shared).search);
		await ready(reopened);
		await expect(reopened.locator('#classifier-result-heading').textContent()).resolves.toContain(
			`${level.id} ${level.label}`,
		);
		const answered = await reopened.getByRole('region', { name: 'Your answers so far' }).textContent();
		for (let step = 0; step < path.answers.length; step++) expect(answered).toContain(questionAt(step).text);
		expect([
			...(page as Page & { errors: string[] }).errors,
			...(reopened as Page & { errors: string[] }).errors,
		]).toEqual([]);
	});

	test('goes back to an earlier question from the list of answers', async () => {
		const page = await session.open('/tools/classify/');
		await ready(page);
		await tabUntil(page, (f) => f.tag === 'BUTTON' && f.text === questionAt(0).answers[path.answers[0]!]!.label);
		await page.keyboard.press('Enter');
		await page.locator('.classifier-steps').waitFor();
		await tabUntil(page, (f) => f.text.startsWith('Change'));
		await page.keyboard.press('Enter');
		await expect
			.poll(() => focused(page))
			.toMatchObject({ tag: 'H2', text: expect.stringContaining(questionAt(0).text) });
		await expect(page.locator('.classifier-steps').count()).resolves.toBe(0);
	});

	test('explains a link whose answers no longer fit and starts from the first question', async () => {
		const page = await session.open('/tools/classify/?answers=not-a-question.yes,%3Cb%3E');
		await ready(page);
		await page.getByText(/no longer fit the decision tree/).waitFor();
		await expect(page.locator('.classifier-question legend').textContent()).resolves.toContain(questionAt(0).text);
		expect(new URL(page.url()).search).toBe('');
	});
});

describe.each(['light', 'dark'] as const)('the classifier in the %s theme', (colorScheme) => {
	test('passes axe mid-way, with answers listed, and on the result with a copied declaration', async () => {
		const half = encodeAnswers(model.tree, path.answers.slice(0, 1));
		const page = await session.open(`/tools/classify/?answers=${half}`, { colorScheme });
		await page.evaluate((theme) => document.documentElement.setAttribute('data-theme', theme), colorScheme);
		await ready(page);
		await page.locator('.classifier-steps').waitFor();
		expect(await axeViolations(page)).toEqual([]);

		const full = encodeAnswers(model.tree, path.answers);
		const done = await session.open(`/tools/classify/?answers=${full}`, {
			colorScheme,
			permissions: ['clipboard-read', 'clipboard-write'],
		});
		await done.evaluate((theme) => document.documentElement.setAttribute('data-theme', theme), colorScheme);
		await ready(done);
		await done.getByLabel('Short description of the incident').fill('Checkout errors');
		await done.getByRole('button', { name: 'Copy declaration' }).press('Enter');
		await done.getByText('Copied', { exact: true }).waitFor();
		expect(await axeViolations(done)).toEqual([]);
	});
});

describe('calibration from the archive', () => {
	/** The post-mortems as their files say, read independently of the page's own query. */
	const archive = listContentFiles('.', 'postmortems', MARKDOWN).map(({ id, file }) => {
		const data = frontmatterOf(readText('.', file));
		return { id, severity: String(data.severity), started: new Date(String(data.started)) };
	});

	test.each(model.levels.map((l) => [l.id] as const))(
		'the %s result lists the newest few post-mortems at that level',
		async (id) => {
			const route = allPaths(model.tree).find((p) => p.levelId === id);
			expect(route, `no answers lead to ${id}`).toBeDefined();
			const page = await session.open(`/tools/classify/?answers=${encodeAnswers(model.tree, route!.answers)}`);
			await ready(page);
			const section = page.locator('.classifier-result');
			await section.waitFor();
			const newest = archive
				.filter((pm) => pm.severity === id)
				.sort((a, b) => b.started.getTime() - a.started.getTime())
				.slice(0, 3);
			const shown = await section
				.locator('a[href^="/archive/"]')
				.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
			expect(shown).toEqual(newest.map((pm) => `/archive/${pm.id}/`));
			if (newest.length === 0) await section.getByText(`no post-mortem at ${id}`).waitFor();
		},
	);
});

describe('the classifier page', () => {
	const html = () => readFileSync(join(session.distDir, 'tools/classify/index.html'), 'utf8');

	test('prints the whole tree for readers without JavaScript', () => {
		const fallback = html().match(/<noscript>([\s\S]*?)<\/noscript>/)?.[1] ?? '';
		// The question as a reader sees it: the HTML escapes apostrophes and ampersands.
		const shown = new new Window().DOMParser().parseFromString(fallback, 'text/html').body.textContent;
		for (const question of model.tree.questions) expect(shown).toContain(question.text);
		expect(fallback).toContain('href="/severity/"');
	});

	test('keeps the island script within its 15 KB gzip budget', () => {
		const url = html().match(/component-url="\/(_astro\/ClassifierTool[^"]+)"/)?.[1];
		expect(url).toBeDefined();
		expect(gzipSync(readFileSync(join(session.distDir, url!))).length).toBeLessThan(15 * 1024);
	});
});
