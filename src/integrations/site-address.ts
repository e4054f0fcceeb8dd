/** Where the handbook is published, read from the environment so a fork sets it in its deploy workflow. */
export interface SiteAddress {
	/** Astro's `site`: the origin (and any path) of the published handbook, e.g. https://acme.github.io */
	site: string;
	/** Astro's `base`: the path the handbook lives under, with slashes at both ends, e.g. /handbook/ */
	base: string;
}

export const DEFAULT_SITE = 'https://handbook.example.com';

/**
 * Reads `SITE_URL` and `BASE_PATH`. GitHub Pages serves a project at `/<repository>/`, so `BASE_PATH`
 * is what makes a fork's links work there. A malformed value stops the build with what was expected.
 */
export function siteAddress(env: Record<string, string | undefined>): SiteAddress {
	const siteText = env.SITE_URL?.trim() || DEFAULT_SITE;
	let site: URL;
	try {
		site = new URL(siteText);
	} catch {
		throw new Error(`SITE_URL must be a full address such as https://acme.github.io; got "${siteText}"`);
	}
	if (site.protocol !== 'https:' && site.protocol !== 'http:')
		throw new Error(`SITE_URL must start with https:// or http://; got "${siteText}"`);
	const baseText = env.BASE_PATH?.trim() ?? '';
	const segments = baseText.split('/').filter(Boolean);
	if (segments.some((segment) => !/^[\w.~-]+$/.test(segment) || /^\.+$/.test(segment)))
		throw new Error(
			`BASE_PATH must be a path such as /handbook or /docs/incidents (letters, digits, - _ . ~ between slashes); got "${baseText}"`,
		);
	const base = segments.length ? `/${segments.join('/')}/` : '/';
	return { site: site.href.replace(/\/$/, ''), base };
}
