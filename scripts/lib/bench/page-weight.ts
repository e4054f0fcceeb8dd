import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, posix } from 'node:path';

/**
 * Where a script on a built page comes from. `base` is what every Starlight site ships (theme,
 * search, sidebar, table of contents, code-block copy buttons, Astro's prefetch); `own` is
 * JavaScript this project added outside islands; `runtime` is Astro's island loader and the
 * Preact renderer; `island` is an island component and whatever only it imports; `offline` is the
 * one small script every page carries to keep the handbook readable offline (OfflineStatus.astro).
 */
export type ScriptOrigin = 'base' | 'own' | 'runtime' | 'island' | 'offline';

export interface PageScript {
	/** The site path of an external script, or `inline:` and the code's opening for inline ones. */
	id: string;
	origin: ScriptOrigin;
	gzip: number;
}

export interface PageWeight {
	html: number;
	css: number;
	js: number;
	total: number;
	islandCount: number;
	scripts: PageScript[];
}

/*
 * Starlight's scripts are recognised by what they are named after (external chunks carry the
 * name of the component that emitted them) or by the Starlight-owned names they touch (inline
 * ones); the search dialog's inline opener is the one Starlight script that touches neither.
 */
const BASE_CHUNK =
	/^\/_astro\/(page|preload-helper|ec|starlight-toc|(Mobile)?TableOfContents\.astro_[^/]*|Search\.astro_[^/]*)\.[\w-]+\.js$/;
const BASE_INLINE = /starlight|\bsl-[a-z]|data-open-modal/i;
/** Preact's own modules, which every island shares; Vite names their chunks after the package files. */
const PREACT_CHUNK = /^\/_astro\/(preact|hooks|jsxRuntime|signals|signals-core)\.module\.[\w-]+\.js$/;
const OFFLINE_INLINE = /navigator\.serviceWorker/;
const ISLAND_LOADER = /customElements\.define\(["'`]astro-island|\bAstro\b[\s\S]*\b(load|only|idle|visible|media)\b/;

const attr = (tag: string, name: string) =>
	new RegExp(`\\b${name}="([^"]+)"`).exec(tag)?.[1]?.replaceAll('&#x2F;', '/');
const gzip = (text: string | Buffer) => gzipSync(text).length;

function resolveUrl(url: string, from: string): string | undefined {
	if (/^(https?:)?\/\//.test(url) || url.startsWith('data:')) return undefined;
	const path = url.startsWith('/') ? url : posix.join(posix.dirname(from), url);
	return path.split(/[?#]/)[0];
}

/** A script and every module it imports statically (dynamic imports load later, on demand). */
function closure(distDir: string, entry: string, into: Set<string> = new Set()): Set<string> {
	if (into.has(entry) || !existsSync(join(distDir, entry))) return into;
	into.add(entry);
	const code = readFileSync(join(distDir, entry), 'utf8');
	for (const match of code.matchAll(
		/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']|\bfrom\s*["']([^"']+\.js)["']/g,
	)) {
		const target = resolveUrl(match[1] ?? match[2]!, entry);
		if (target) closure(distDir, target, into);
	}
	return into;
}

/** Every script a built page runs up front, each with its origin and gzipped size. */
export function pageScripts(distDir: string, html: string): PageScript[] {
	const scripts = new Map<string, PageScript>();
	const add = (id: string, origin: ScriptOrigin, bytes: () => number) => {
		if (!scripts.has(id)) scripts.set(id, { id, origin, gzip: bytes() });
	};
	const addFile = (path: string, origin: ScriptOrigin) =>
		add(path, origin, () => gzip(readFileSync(join(distDir, path))));

	const renderers = new Set<string>();
	const components = new Set<string>();
	for (const tag of html.match(/<astro-island\b[^>]*>/g) ?? []) {
		const renderer = attr(tag, 'renderer-url');
		const component = attr(tag, 'component-url');
		if (renderer) closure(distDir, renderer, renderers);
		if (component) components.add(component);
	}
	for (const path of renderers) addFile(path, 'runtime');
	for (const component of components) {
		for (const path of closure(distDir, component)) addFile(path, PREACT_CHUNK.test(path) ? 'runtime' : 'island');
	}

	const external = new Set<string>();
	for (const tag of html.match(/<script\b[^>]*\bsrc="[^"]+"[^>]*>/g) ?? []) external.add(attr(tag, 'src')!);
	for (const tag of html.match(/<link\b[^>]*rel="modulepreload"[^>]*>/g) ?? []) external.add(attr(tag, 'href')!);
	for (const match of html.matchAll(/<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
		const [, attributes, code] = match as unknown as [string, string, string];
		if (/type="application\/(ld\+)?json"/.test(attributes) || !code.trim()) continue;
		for (const imported of code.matchAll(/import\s*(?:[\w*{}\s,$]+from\s*)?["'](\/[^"']+)["']/g))
			external.add(imported[1]!);
		const origin: ScriptOrigin = BASE_INLINE.test(code)
			? 'base'
			: ISLAND_LOADER.test(code)
				? 'runtime'
				: OFFLINE_INLINE.test(code)
					? 'offline'
					: 'own';
		add(`inline:${code.trim().slice(0, 60)}`, origin, () => gzip(code));
	}
	for (const url of external) {
		const entry = resolveUrl(url, '/');
		if (!entry) continue;
		for (const path of closure(distDir, entry)) addFile(path, BASE_CHUNK.test(path) ? 'base' : 'own');
	}
	return [...scripts.values()];
}

/** Gzipped bytes of a page's HTML, its stylesheets and the JavaScript it runs up front. */
export function pageWeight(distDir: string, pagePath: string): PageWeight {
	const file = join(distDir, pagePath.endsWith('.html') ? pagePath : join(pagePath, 'index.html'));
	const html = readFileSync(file, 'utf8');
	const stylesheets = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="(\/[^"]+)"/g)].map(
		(match) => match[1]!,
	);
	const scripts = pageScripts(distDir, html);
	const htmlBytes = gzip(html);
	const css = stylesheets.reduce((sum, path) => sum + gzip(readFileSync(join(distDir, path))), 0);
	const js = scripts.reduce((sum, script) => sum + script.gzip, 0);
	const islandCount = html.match(/<astro-island\b/g)?.length ?? 0;
	return { html: htmlBytes, css, js, total: htmlBytes + css + js, islandCount, scripts };
}

/** Gzipped bytes of a page's scripts of the given origins. */
export function scriptBytes(weight: PageWeight, ...origins: ScriptOrigin[]): number {
	return weight.scripts
		.filter((script) => origins.includes(script.origin))
		.reduce((sum, script) => sum + script.gzip, 0);
}
