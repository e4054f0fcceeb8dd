import { describe, expect, inject, test } from 'vitest';
import { pageWeight, scriptBytes, type PageWeight } from '../../scripts/lib/bench/page-weight.ts';
import { builtPages } from '../../scripts/lib/bench/built-pages.ts';
import { listContentFiles, MARKDOWN } from '../../scripts/lib/init/content-files.ts';
import { loadModel } from '../../src/data/load-model.ts';
import { pageCount } from '../../src/domain/archive/paging.ts';

/*
 * Byte budgets from issue 9: a reading page costs under 56 KB gzipped in all (HTML, CSS and
 * JavaScript) and runs nothing beyond what Starlight itself ships and the few hundred bytes that keep
 * the handbook readable offline (src/components/OfflineStatus.astro); each tool's own JavaScript stays
 * under 15 KB gzipped on top of the shared Preact runtime (the incident console's under 20 KB). Counted
 * is what a page runs up front; parts a tool fetches later, on demand, are not. Sizes, not timings, so
 * the test is stable.
 */
const READING_PAGE_TOTAL = 56 * 1000;
const TOOL_ISLAND = 15 * 1000;
/** The incident console runs a whole response on one page, so its own script may reach 20 KB. */
const ISLAND_BUDGETS: Record<string, number> = { 'tools/console/': 20 * 1000 };
const PREACT_RUNTIME = 15 * 1000;
/** The two index pages enhance server-rendered HTML with a few lines (sorting, the alert lookup). */
const INDEX_SCRIPT = 2 * 1000;
/** Every page registers the service worker and shows the offline notice and update prompt: a few hundred bytes. */
const OFFLINE_SCRIPT = 500;

const distDir = inject('distDir');
const weights = new Map<string, PageWeight>(builtPages(distDir).map((page) => [page, pageWeight(distDir, page)]));
const tools = [...weights.keys()].filter((page) => page.startsWith('tools/'));
const indexes = [...weights.keys()].filter((page) => /^(runbooks\/|archive\/(page\/\d+\/)?)$/.test(page));
const reading = [...weights.keys()].filter((page) => !tools.includes(page) && !indexes.includes(page));

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

const model = loadModel();
const runbookIds = listContentFiles('.', 'runbooks', MARKDOWN).map((entry) => entry.id);
const postmortemIds = listContentFiles('.', 'postmortems', MARKDOWN).map((entry) => entry.id);

describe('reading pages', () => {
	test('include every chapter, card, runbook and post-mortem', () => {
		expect(reading).toEqual(
			expect.arrayContaining([
				'',
				'severity/',
				...model.levels.map((level) => `cards/${level.id.toLowerCase()}/`),
				'archive/dashboard/',
				...runbookIds.map((id) => `runbooks/${id}/`),
				...postmortemIds.map((id) => `archive/${id}/`),
			]),
		);
	});

	test.each(reading.map((page) => [page || '(home)', page]))(
		'%s runs only Starlight’s own JavaScript and the offline script',
		(_label, page) => {
			const weight = weights.get(page)!;
			expect(weight.islandCount).toBe(0);
			expect(
				weight.scripts.filter((script) => !['base', 'offline'].includes(script.origin)).map((script) => script.id),
			).toEqual([]);
		},
	);

	test.each(reading.map((page) => [page || '(home)', page]))('%s weighs under 56 KB gzipped', (_label, page) => {
		const { total, html, css, js } = weights.get(page)!;
		expect(total, `${kb(html)} HTML + ${kb(css)} CSS + ${kb(js)} JS`).toBeLessThan(READING_PAGE_TOTAL);
	});
});

describe('the offline script', () => {
	test.each([...weights.keys()].map((page) => [page || '(home)', page]))(
		'%s carries it once, under 500 bytes gzipped',
		(_label, page) => {
			const offline = weights.get(page)!.scripts.filter((script) => script.origin === 'offline');
			expect(offline).toHaveLength(1);
			expect(offline[0]!.gzip).toBeLessThan(OFFLINE_SCRIPT);
		},
	);
});

describe('index pages', () => {
	test('are the runbook index and every page of the archive index', () => {
		const archivePages = pageCount(postmortemIds.length, model.config.archivePageSize);
		const later = Array.from({ length: archivePages - 1 }, (_, i) => `archive/page/${i + 2}/`);
		expect([...indexes].sort()).toEqual(['archive/', ...later, 'runbooks/'].sort());
	});

	// The archive index pages through the archive, so it keeps to a reading page's weight at any size.
	test.each(indexes)('%s weighs under 56 KB gzipped', (page) => {
		const { total, html, css, js } = weights.get(page)!;
		expect(total, `${kb(html)} HTML + ${kb(css)} CSS + ${kb(js)} JS`).toBeLessThan(READING_PAGE_TOTAL);
	});

	test.each(indexes)('%s adds at most 2 KB of its own script and no island', (page) => {
		const weight = weights.get(page)!;
		expect(weight.islandCount).toBe(0);
		// The archive index sorts its table; with no post-mortem yet there is no table and no script.
		if (page === 'runbooks/' || postmortemIds.length > 0) expect(scriptBytes(weight, 'own')).toBeGreaterThan(0);
		expect(scriptBytes(weight, 'own')).toBeLessThan(INDEX_SCRIPT);
	});
});

describe('tools', () => {
	// The comms tool's messages are an island of their own, hydrated when the reader comes near them.
	test('there are four, with one island each but two for the comms tool', () => {
		expect(Object.fromEntries(tools.map((page) => [page, weights.get(page)!.islandCount]))).toEqual({
			'tools/classify/': 1,
			'tools/comms/': 2,
			'tools/console/': 1,
			'tools/post-mortem/': 1,
		});
	});

	test.each(tools.map((page) => [page, kb(ISLAND_BUDGETS[page] ?? TOOL_ISLAND)]))(
		'%s ships under %s gzipped of its own JavaScript',
		(page) => {
			const weight = weights.get(page)!;
			const own = scriptBytes(weight, 'island', 'own');
			expect(
				own,
				weight.scripts.map((script) => `${script.origin} ${script.id} ${script.gzip}`).join('\n'),
			).toBeGreaterThan(0);
			expect(own).toBeLessThan(ISLAND_BUDGETS[page] ?? TOOL_ISLAND);
		},
	);

	test.each(tools)('%s shares a Preact runtime under 15 KB gzipped', (page) => {
		expect(scriptBytes(weights.get(page)!, 'runtime')).toBeLessThan(PREACT_RUNTIME);
	});
});
