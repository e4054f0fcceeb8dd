/**
 * What a reader has with the network off after one visit. Everything a responder reaches for during an
 * outage is saved up front: every page outside the archive (chapters, runbooks, severity cards, the tools
 * and whatever else is added under tools/, the print pack), the scripts and styles they load, and a search
 * index of those pages. The archive is saved page by page as it is read instead, so what the first
 * visit downloads stays the same however many post-mortems the handbook holds.
 */

/** Where the search index of the offline pages is written, beside Pagefind's index of the whole site. */
export const OFFLINE_SEARCH_DIR = 'pagefind-offline';

/** The page shown for an archive page that was never opened on this device, when the network is down. */
export const OFFLINE_FALLBACK_PAGE = 'offline/';

/** A built page (as `builtPages` names it: `severity/`, `` for home) that is saved for offline reading. */
export function isOfflinePage(page: string): boolean {
	return (page === '' || page.endsWith('/')) && !page.startsWith('archive/');
}

/*
 * Of Pagefind's output only the search engine and the index are needed: the search box itself is bundled
 * into the site's own scripts (src/components/overrides/Search.astro), so Pagefind's UI files stay out.
 */
const SEARCH_FILE = new RegExp(
	`^${OFFLINE_SEARCH_DIR}/(pagefind\\.js|pagefind-worker\\.js|pagefind-entry\\.json|[^/]+\\.pf_meta|wasm\\.[\\w-]+\\.pagefind|(index|fragment|filter)/[^/]+)$`,
);

/** A file of the built site (a path relative to the output folder, with `/`) that the service worker precaches. */
export function shouldPrecache(file: string): boolean {
	if (file.endsWith('index.html')) return isOfflinePage(file.slice(0, -'index.html'.length));
	return /^_astro\/[^/]+\.(js|css)$/.test(file) || SEARCH_FILE.test(file) || file === 'favicon.svg';
}
