import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect, test } from 'vitest';
import { loadModel } from '../../src/data/load-model.ts';
import { listContentFiles, MARKDOWN } from '../../scripts/lib/init/content-files.ts';
import { useBrowser } from './support/session.ts';

const session = useBrowser();
const model = loadModel();
/** What the on-call desk's binder can take with the default content. */
const MAX_PAGES = 12;

/** The text of each page of a PDF, without white space: Chromium's PDFs break lines and words where layout does. */
async function pageTexts(pdf: Buffer): Promise<string[]> {
	const document = await getDocument({ data: new Uint8Array(pdf) }).promise;
	const texts: string[] = [];
	for (let number = 1; number <= document.numPages; number++) {
		const content = await (await document.getPage(number)).getTextContent();
		texts.push(
			content.items
				.map((item) => ('str' in item ? item.str : ''))
				.join('')
				.replace(/\s+/g, ''),
		);
	}
	return texts;
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

test('prints the pack on A4, each sheet starting its own page with the build it came from', async () => {
	const page = await session.open('/print/');
	const titles = await page.locator('.print-title').allTextContents();
	expect(titles).toEqual(
		expect.arrayContaining([
			'Severity matrix',
			...model.levels.map((level) => `${level.id} ${level.label}: commander's card`),
			'Escalation policy',
			'Update cadence',
		]),
	);
	const runbooks = listContentFiles('.', 'runbooks', MARKDOWN).length;
	expect(titles.filter((title) => title.startsWith('Runbook: ')).length).toBeGreaterThanOrEqual(Math.min(2, runbooks));
	const stamp = (await page.locator('.print-stamp').first().textContent())!;
	expect(stamp).toMatch(/built \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC, commit (\w+)$/);

	const pages = await pageTexts(await page.pdf({ format: 'A4' }));
	expect(pages.length).toBeLessThanOrEqual(MAX_PAGES);
	const stamped = pages.filter((text) => text.startsWith(squeeze(stamp)));
	expect(stamped.length).toBe(titles.length);
	for (const [index, title] of titles.entries())
		expect(stamped[index], `sheet ${index + 1}`).toContain(squeeze(`${stamp}${title}`));
	// The site around the sheets stays on screen.
	expect(pages.join('')).not.toContain(squeeze('During an incident'));
	expect(pages.join('')).not.toContain(squeeze('Print this page for the binder'));
});
