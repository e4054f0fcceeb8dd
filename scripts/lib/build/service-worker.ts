import { join } from 'node:path';
import { generateSW, getManifest, type GetManifestOptions, type RuntimeCaching } from 'workbox-build';
import { shouldPrecache } from './offline-files.ts';

type WorkboxPlugin = NonNullable<NonNullable<RuntimeCaching['options']>['plugins']>[number];

/** The service worker's file name, at the root of the site (under BASE_PATH), so its scope is the whole handbook. */
export const SERVICE_WORKER = 'sw.js';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** Same-origin addresses under `<base><folder>/`, whatever the host. */
const under = (base: string, folder: string) => new RegExp(`^https?://[^/]+${escapeRegExp(`${base}${folder}/`)}`);

/**
 * Which files are precached, and how each is named in the manifest. Shared by the build, which writes the
 * service worker, and the benchmark, which weighs what a first visit downloads.
 */
export function precacheOptions(outDir: string): GetManifestOptions {
	return {
		globDirectory: outDir,
		// Narrowed before hashing, so thousands of archive pages are never read; shouldPrecache decides.
		globPatterns: ['**/*.{html,js,css,json,svg,pagefind,pf_meta,pf_index,pf_fragment,pf_filter}'],
		globIgnores: ['archive/**', 'pagefind/**', 'schemas/**'],
		manifestTransforms: [(entries) => ({ manifest: entries.filter((entry) => shouldPrecache(entry.url)) })],
		// Astro names its scripts and styles after their content, so the name alone tells versions apart.
		dontCacheBustURLsMatching: /^_astro\//,
	};
}

/*
 * These plugins run inside the service worker: workbox-build writes their source into sw.js, so they may
 * use only what a service worker has (`caches`, `location`), nothing from this module. That is why the
 * folder names of offline-files.ts are written out here; a unit test holds the two together.
 */

/**
 * Pagefind's index of the whole site grows with the archive (14 MB at 5,000 post-mortems), so it is fetched
 * from the network as usual. When that fails, the same request is answered from the precached index of
 * the offline pages, which sits in a sibling folder with the same layout. Pagefind adds `?ts=<time>` to its
 * entry file to dodge caches; `ignoreSearch` matches past that and past Workbox's revision parameter.
 */
export const searchFallback: WorkboxPlugin = {
	handlerDidError: async ({ request }) =>
		caches.match(
			request.url.replace(/\/pagefind\/((?:index\/|fragment\/|filter\/)?[^/?#]+)(?:\?.*)?$/, '/pagefind-offline/$1'),
			{
				ignoreSearch: true,
			},
		),
};

/** An archive page never opened on this device cannot be shown offline; this page says so instead of the browser's error. */
export const archiveFallback: WorkboxPlugin = {
	handlerDidError: async ({ request }) =>
		request.mode === 'navigate'
			? caches.match(new URL('offline/index.html', location.href).href, { ignoreSearch: true })
			: undefined,
};

/** How requests outside the precache are answered: search falls back to the offline index; the archive is kept as read. */
export function runtimeCaching(base: string): RuntimeCaching[] {
	return [
		{ urlPattern: under(base, 'pagefind'), handler: 'NetworkOnly', options: { plugins: [searchFallback] } },
		{
			urlPattern: under(base, 'archive'),
			// The newest copy when the host answers; the saved one when it does not answer within a few seconds.
			handler: 'NetworkFirst',
			options: {
				cacheName: 'handbook-archive',
				networkTimeoutSeconds: 4,
				expiration: { maxEntries: 500, purgeOnQuotaError: true },
				plugins: [archiveFallback],
			},
		},
	];
}

/**
 * Writes `<outDir>/sw.js`. It never calls skipWaiting on its own: a new version waits until the reader
 * accepts the "newer handbook" prompt (which posts SKIP_WAITING) or closes every tab, so pages never
 * change under someone in the middle of an incident.
 */
export async function writeServiceWorker(outDir: string, base: string): Promise<{ count: number; bytes: number }> {
	const { count, size, warnings } = await generateSW({
		...precacheOptions(outDir),
		swDest: join(outDir, SERVICE_WORKER),
		mode: 'production',
		sourcemap: false,
		inlineWorkboxRuntime: true,
		skipWaiting: false,
		clientsClaim: false,
		cleanupOutdatedCaches: true,
		// Pages read nothing from their query on the server (`/tools/comms/?severity=SEV2` is the tool's page), so none is kept for matching.
		ignoreURLParametersMatching: [/./],
		runtimeCaching: runtimeCaching(base),
	});
	if (warnings.length) throw new Error(`The service worker could not be written as planned:\n${warnings.join('\n')}`);
	return { count, bytes: size };
}

/** The precache manifest's entries: site-relative paths such as `severity/index.html`. */
export async function precachedFiles(outDir: string): Promise<string[]> {
	const { manifestEntries } = await getManifest(precacheOptions(outDir));
	return manifestEntries.map((entry) => entry.url);
}
