import { describe, expect, test } from 'vitest';
import { DEFAULT_SITE, siteAddress } from '../../src/integrations/site-address.ts';

describe('siteAddress', () => {
	test('publishes at the root of the example domain when nothing is set', () => {
		expect(siteAddress({})).toEqual({ site: DEFAULT_SITE, base: '/' });
	});

	test.each([
		['/handbook', '/handbook/'],
		['handbook/', '/handbook/'],
		['/docs/incidents/', '/docs/incidents/'],
		['/', '/'],
		['', '/'],
	])('reads BASE_PATH %j as %j', (text, base) => {
		expect(siteAddress({ BASE_PATH: text, SITE_URL: 'https://acme.github.io/' })).toEqual({
			site: 'https://acme.github.io',
			base,
		});
	});

	test.each(['/hand book', '/../etc', '/a?b', 'https://x'])('refuses BASE_PATH %j, saying what it expects', (text) => {
		expect(() => siteAddress({ BASE_PATH: text })).toThrow(/BASE_PATH must be a path such as \/handbook/);
	});

	test.each(['acme.github.io', 'ftp://acme.example'])('refuses SITE_URL %j, saying what it expects', (text) => {
		expect(() => siteAddress({ SITE_URL: text })).toThrow(/SITE_URL must/);
	});
});
