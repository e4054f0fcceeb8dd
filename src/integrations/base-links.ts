import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** A start tag, attribute values and all (a quoted value may hold `>`). Text never holds a raw `<`. */
const START_TAG = /<[a-zA-Z][^\s/>]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/g;
/** Attributes that hold an address a browser follows or fetches. */
const LINK_ATTRIBUTE = /(\s(?:href|src|action|poster)\s*=\s*)(["']?)\/(?!\/)/g;

/**
 * Puts the base path in front of every address that starts at the site's root, once: `/severity/` becomes
 * `/handbook/severity/`, while `/handbook/_astro/…` (already based), `//cdn…` and `https://…` stay. Only
 * attributes of real tags change; text that merely looks like an address (a code example) is left alone.
 */
export function withBasePath(html: string, base: string): string {
	if (base === '/') return html;
	const prefix = base.slice(1);
	return html.replace(START_TAG, (tag) =>
		tag.replace(LINK_ATTRIBUTE, (match, attribute: string, quote: string, offset: number) =>
			tag.startsWith(prefix, offset + match.length) ? match : `${attribute}${quote}${base}`,
		),
	);
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return htmlFiles(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

/**
 * Chapters, runbooks and pages link to each other as `/severity/`, which is right when the handbook is
 * published at a domain's root and wrong under a sub-path such as GitHub Pages' `/<repository>/`. Rather
 * than asking every author and component to remember the base path, the built pages are given it once,
 * here, so a link written any way an author would write it works under any base.
 */
export function basePathLinks(): AstroIntegration {
	let base = '/';
	return {
		name: 'base-path-links',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': ({ dir }) => {
				if (base === '/') return;
				for (const file of htmlFiles(fileURLToPath(dir))) {
					const html = readFileSync(file, 'utf8');
					const based = withBasePath(html, base);
					if (based !== html) writeFileSync(file, based);
				}
			},
		},
	};
}
