import { describe, expect, test } from 'vitest';
import { withBasePath } from '../../src/integrations/base-links.ts';

describe('withBasePath', () => {
	test('puts the base in front of every address that starts at the root, once', () => {
		const html =
			'<a href="/severity/">a</a><a href=\'/runbooks/#x\'>b</a><img src="/favicon.svg"><form action="/runbooks/">' +
			'<a href="/handbook/already/">c</a><a href="//cdn.example/x">d</a><a href="https://x.example/">e</a>' +
			'<a href="#top">f</a><a href="relative/">g</a><script src="/handbook/_astro/x.js"></script>';
		expect(withBasePath(html, '/handbook/')).toBe(
			'<a href="/handbook/severity/">a</a><a href=\'/handbook/runbooks/#x\'>b</a><img src="/handbook/favicon.svg"><form action="/handbook/runbooks/">' +
				'<a href="/handbook/already/">c</a><a href="//cdn.example/x">d</a><a href="https://x.example/">e</a>' +
				'<a href="#top">f</a><a href="relative/">g</a><script src="/handbook/_astro/x.js"></script>',
		);
	});

	test('leaves text that only looks like an address alone', () => {
		const html = '<p>Open href="/severity/" in the docs</p><code>src=/x</code>';
		expect(withBasePath(html, '/handbook/')).toBe(html);
	});

	test('changes nothing at the root', () => {
		expect(withBasePath('<a href="/severity/">a</a>', '/')).toBe('<a href="/severity/">a</a>');
	});
});
