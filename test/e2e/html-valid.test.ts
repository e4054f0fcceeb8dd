import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type Message } from 'html-validate';
import { expect, inject, test } from 'vitest';
import { builtPages } from '../../scripts/lib/bench/built-pages.ts';

/*
 * `html-validate:standard` checks conformance to the HTML standard (content models, attributes,
 * duplicate ids, nesting) and leaves matters of style alone.
 */
const validator = new HtmlValidate({ extends: ['html-validate:standard'] });

/*
 * Two content-model errors come from the framework, not from us, and browsers and screen readers
 * handle both: Expressive Code (Starlight's code blocks) draws each line as a <div> inside <code>
 * and puts a <div> inside its copy button; Astro writes its island style rule as a <style> in the
 * body, just before the first island. Every other error, these rules included, still fails.
 */
function isFrameworkMarkup(message: Message, html: string): boolean {
	if (message.ruleId !== 'element-permitted-content') return false;
	if (/figure > (pre > code|div > button) > div(:nth-child\(\d+\))?$/.test(message.selector ?? '')) return true;
	return (
		message.selector?.endsWith('> style') === true &&
		html.slice(message.offset, message.offset + 40).includes('astro-island,astro-slot')
	);
}

const distDir = inject('distDir');
const pages = builtPages(distDir);

test.each(pages.map((page) => [page || '(home)', page]))('/%s is valid HTML', async (_label, page) => {
	const file = join(distDir, page.endsWith('.html') ? page : `${page}index.html`);
	const html = readFileSync(file, 'utf8');
	const report = await validator.validateString(html, file);
	const problems = report.results
		.flatMap((result) => result.messages)
		.filter((message) => !isFrameworkMarkup(message, html))
		.map(
			(message) =>
				`${message.line}:${message.column} ${message.ruleId}: ${message.message} (${message.selector ?? ''})`,
		);
	expect(problems).toEqual([]);
});

test('the validator does report invalid markup', async () => {
	const report = await validator.validateString(
		'<!doctype html><html lang="en"><head><title>x</title></head><body><p id="a"></p><p id="a"><div></div></p></body></html>',
	);
	expect(report.results.flatMap((result) => result.messages.map((message) => message.ruleId))).toEqual(
		expect.arrayContaining(['no-dup-id']),
	);
});
