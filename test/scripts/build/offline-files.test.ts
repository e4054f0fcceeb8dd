import { describe, expect, test } from 'vitest';
import { isOfflinePage, shouldPrecache } from '../../../scripts/lib/build/offline-files.ts';

describe('isOfflinePage', () => {
	test.each(['', 'severity/', 'runbooks/', 'runbooks/disk-full/', 'cards/sev1/', 'tools/console/', 'print/'])(
		'saves %j',
		(page) => {
			expect(isOfflinePage(page)).toBe(true);
		},
	);

	test.each(['archive/', 'archive/2025-03-15-gateway-outage/', 'archive/page/2/', '404.html'])(
		'leaves %j to be saved when read',
		(page) => {
			expect(isOfflinePage(page)).toBe(false);
		},
	);
});

describe('shouldPrecache', () => {
	test.each([
		'index.html',
		'severity/index.html',
		'runbooks/disk-full/index.html',
		'cards/sev2/index.html',
		'tools/comms/index.html',
		'tools/console/index.html',
		'offline/index.html',
		'_astro/ui-core.DdZDRPcq.js',
		'_astro/middleware.BVuHCvVO.css',
		'pagefind-offline/pagefind.js',
		'pagefind-offline/pagefind-worker.js',
		'pagefind-offline/pagefind-entry.json',
		'pagefind-offline/pagefind.en_9e319f8d47.pf_meta',
		'pagefind-offline/wasm.en.pagefind',
		'pagefind-offline/index/en_18b8f85.pf_index',
		'pagefind-offline/fragment/en_06c9ddf.pf_fragment',
		'pagefind-offline/filter/en_16b87c1.pf_filter',
		'favicon.svg',
	])('precaches %s', (file) => {
		expect(shouldPrecache(file)).toBe(true);
	});

	test.each([
		'archive/index.html',
		'archive/2025-03-15-gateway-outage/index.html',
		'archive/index.json',
		'archive/2025-03-15-gateway-outage.json',
		'404.html',
		'pagefind/pagefind.js',
		'pagefind/fragment/en_06c9ddf.pf_fragment',
		'pagefind-offline/pagefind-ui.js',
		'pagefind-offline/pagefind-modular-ui.css',
		'schemas/levels.schema.json',
		'sitemap-0.xml',
		'_headers',
		'sw.js',
	])('leaves out %s', (file) => {
		expect(shouldPrecache(file)).toBe(false);
	});
});
