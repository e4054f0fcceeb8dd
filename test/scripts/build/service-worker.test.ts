import { afterEach, describe, expect, test, vi } from 'vitest';
import { OFFLINE_FALLBACK_PAGE, OFFLINE_SEARCH_DIR } from '../../../scripts/lib/build/offline-files.ts';
import { archiveFallback, runtimeCaching, searchFallback } from '../../../scripts/lib/build/service-worker.ts';

type ErrorHandler = (arg: { request: Request }) => Promise<Response | undefined>;
const asked: { url: string; options: unknown }[] = [];

function stubCaches() {
	vi.stubGlobal('caches', {
		match: async (url: string, options: unknown) => {
			asked.push({ url, options });
			return new Response('saved');
		},
	});
	vi.stubGlobal('location', new URL('https://acme.github.io/handbook/sw.js'));
}

afterEach(() => {
	asked.length = 0;
	vi.unstubAllGlobals();
});

describe('searchFallback', () => {
	const fallback = (url: string) => (searchFallback.handlerDidError as ErrorHandler)({ request: new Request(url) });

	test.each([
		['pagefind-entry.json?ts=1732735812000', 'pagefind-entry.json'],
		['pagefind.js', 'pagefind.js'],
		['pagefind.en_9e319f8d47.pf_meta', 'pagefind.en_9e319f8d47.pf_meta'],
		['fragment/en_06c9ddf.pf_fragment', 'fragment/en_06c9ddf.pf_fragment'],
	])('answers %s from the offline index', async (file, offlineFile) => {
		stubCaches();
		await fallback(`https://acme.github.io/handbook/pagefind/${file}`);
		expect(asked).toEqual([
			{ url: `https://acme.github.io/handbook/${OFFLINE_SEARCH_DIR}/${offlineFile}`, options: { ignoreSearch: true } },
		]);
	});

	test('keeps a base path that itself says pagefind', async () => {
		stubCaches();
		await fallback('https://acme.github.io/pagefind/pagefind/pagefind.js');
		expect(asked[0]!.url).toBe(`https://acme.github.io/pagefind/${OFFLINE_SEARCH_DIR}/pagefind.js`);
	});
});

describe('archiveFallback', () => {
	const fallback = (request: Request) => (archiveFallback.handlerDidError as ErrorHandler)({ request });

	test('shows the offline page, beside the service worker, for a page never opened here', async () => {
		stubCaches();
		const request = { mode: 'navigate', url: 'https://acme.github.io/handbook/archive/x/' } as Request;
		expect(await (await fallback(request))!.text()).toBe('saved');
		expect(asked).toEqual([
			{ url: `https://acme.github.io/handbook/${OFFLINE_FALLBACK_PAGE}index.html`, options: { ignoreSearch: true } },
		]);
	});

	test('lets a failed fetch of archive data fail', async () => {
		stubCaches();
		expect(await fallback(new Request('https://acme.github.io/handbook/archive/index.json'))).toBeUndefined();
		expect(asked).toEqual([]);
	});
});

describe('runtimeCaching', () => {
	const patterns = (base: string) => runtimeCaching(base).map((route) => route.urlPattern as RegExp);

	test('routes search and the archive under the base path only', () => {
		const [search, archive] = patterns('/handbook/');
		expect(search!.test('https://acme.github.io/handbook/pagefind/pagefind.js')).toBe(true);
		expect(search!.test('https://acme.github.io/handbook/pagefind-offline/pagefind.js')).toBe(false);
		expect(archive!.test('http://127.0.0.1:4321/handbook/archive/2025-03-15-x/')).toBe(true);
		expect(archive!.test('http://127.0.0.1:4321/archive/2025-03-15-x/')).toBe(false);
		expect(archive!.test('http://127.0.0.1:4321/handbook/runbooks/?q=/handbook/archive/')).toBe(false);
	});

	test('routes from the root when there is no base path', () => {
		const [search, archive] = patterns('/');
		expect(search!.test('https://handbook.example.com/pagefind/pagefind-entry.json?ts=1')).toBe(true);
		expect(archive!.test('https://handbook.example.com/archive/index.json')).toBe(true);
	});
});
