import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, test } from 'vitest';
import { useBrowser } from './support/session.ts';
import { builtPages } from '../../scripts/lib/bench/built-pages.ts';
import { FIXTURE_BASE_PATH, HOSTILE_COUNT } from './support/global-setup.ts';

const ORIGIN = 'http://handbook.test';
const URL_ATTRIBUTES = ['href', 'src'] as const;

/** External addresses are someone else's to keep alive; everything else must resolve inside the built site. */
function isExternal(value: string): boolean {
	return /^(https?:|mailto:)/i.test(value) || value.startsWith('//');
}

/** The file the static server would answer a path with: the file itself, or the folder's index.html. */
function fileFor(distDir: string, pathname: string): string | undefined {
	const decoded = decodeURIComponent(pathname);
	const direct = join(distDir, decoded);
	if (!decoded.endsWith('/') && existsSync(direct) && statSync(direct).isFile()) return direct;
	const index = join(distDir, decoded, 'index.html');
	if (existsSync(index)) return index;
	const html = `${direct.replace(/\/$/, '')}.html`;
	return existsSync(html) ? html : undefined;
}

/**
 * Every internal href and src on every built page whose target file or #fragment does not exist, one line
 * per problem naming the page, the element and the address, so a failure says exactly what to fix.
 */
function brokenLinks(distDir: string, base = '/'): Map<string, string[]> {
	const window = new Window();
	const idsByFile = new Map<string, Set<string>>();
	const parse = (file: string) => new window.DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html');
	const idsOf = (file: string) => {
		let ids = idsByFile.get(file);
		if (!ids) {
			const document = parse(file);
			ids = new Set(
				[...document.querySelectorAll('[id], a[name]')].map((el) => el.getAttribute('id') ?? el.getAttribute('name')!),
			);
			idsByFile.set(file, ids);
		}
		return ids;
	};
	const report = new Map<string, string[]>();
	for (const page of builtPages(distDir)) {
		const file = fileFor(distDir, `/${page}`)!;
		const pageUrl = `${ORIGIN}${base}${page}`;
		const problems: string[] = [];
		const document = parse(file);
		for (const attribute of URL_ATTRIBUTES) {
			for (const element of document.querySelectorAll(`[${attribute}]`)) {
				const value = element.getAttribute(attribute)!.trim();
				if (value === '' || isExternal(value)) continue;
				if (/^[a-z][a-z0-9+.-]*:/i.test(value)) continue;
				const target = new URL(value, pageUrl);
				const what = `<${element.tagName.toLowerCase()} ${attribute}="${value}">`;
				if (!target.pathname.startsWith(base)) {
					problems.push(`${what}: ${target.pathname} is outside the base path ${base}`);
					continue;
				}
				const targetFile = fileFor(distDir, `/${target.pathname.slice(base.length)}`);
				if (!targetFile) {
					problems.push(`${what}: no page or file at ${target.pathname}`);
					continue;
				}
				const fragment = decodeURIComponent(target.hash.slice(1));
				if (fragment && targetFile.endsWith('.html') && !idsOf(targetFile).has(fragment)) {
					problems.push(`${what}: ${target.pathname} has no element with id "${fragment}"`);
				}
			}
		}
		report.set(page, problems);
	}
	window.close();
	return report;
}

const session = useBrowser();
const fixtureSite = useBrowser('hostile');

describe('internal links in the built site', () => {
	const report = brokenLinks(session.distDir);

	test('the checker sees every built page', () => {
		expect([...report.keys()]).toEqual(builtPages(session.distDir));
		expect(report.size).toBeGreaterThan(1);
	});

	test.each([...report.keys()].map((page) => [page || '(home)', page]))(
		'/%s links only to pages and ids that exist',
		(_label, page) => {
			expect(report.get(page)).toEqual([]);
		},
	);
});

describe(`internal links in a site published under ${FIXTURE_BASE_PATH}`, () => {
	const report = brokenLinks(fixtureSite.distDir, FIXTURE_BASE_PATH);
	const broken = [...report].filter(([, problems]) => problems.length > 0);

	test('every page links only inside the base path, to pages and ids that exist', () => {
		// Every page is checked: at least the generated post-mortems, the chapters and the tools.
		expect(report.size).toBeGreaterThan(HOSTILE_COUNT + 20);
		expect(Object.fromEntries(broken.slice(0, 10))).toEqual({});
	});
});

describe('the link checker itself', () => {
	const dist = mkdtempSync(join(tmpdir(), 'links-fixture-'));
	afterAll(() => rmSync(dist, { recursive: true, force: true }));
	const write = (path: string, html: string) => {
		mkdirSync(dirname(join(dist, path)), { recursive: true });
		writeFileSync(join(dist, path), html);
	};
	write(
		'index.html',
		`<a href="/guide/#steps">ok</a><a href="/guide/#nowhere">bad id</a><a href="/gone/">bad page</a>
		<a href="guide/">relative ok</a><a href="#top">same page</a><img src="/logo.svg" alt=""><script src="/app.js"></script>
		<a href="https://example.com/x">external</a><a href="mailto:oncall@example.com">mail</a><p id="top"></p>`,
	);
	write('guide/index.html', `<h2 id="steps">Steps</h2><a href="../#missing">up</a><a href="../">up ok</a>`);
	write('logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');

	test('under a base path, reports a link that leaves it', () => {
		expect(brokenLinks(dist, '/base/').get('')).toContain('<a href="/gone/">: /gone/ is outside the base path /base/');
	});

	test('reports missing pages, missing files and missing ids, and nothing else', () => {
		const report = brokenLinks(dist);
		expect(report.get('')).toEqual([
			'<a href="/guide/#nowhere">: /guide/ has no element with id "nowhere"',
			'<a href="/gone/">: no page or file at /gone/',
			'<script src="/app.js">: no page or file at /app.js',
		]);
		expect(report.get('guide/')).toEqual(['<a href="../#missing">: / has no element with id "missing"']);
	});
});
