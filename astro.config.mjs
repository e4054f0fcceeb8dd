// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { sidebar } from './src/sidebar.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { tableRegion } from './src/markdown/table-region.ts';
import { indexSearchAfterExit } from './src/integrations/search-index-after-exit.ts';
import { clientNear } from './src/integrations/client-near.ts';
import { basePathLinks } from './src/integrations/base-links.ts';
import { siteAddress } from './src/integrations/site-address.ts';

// SITE_URL and BASE_PATH say where the handbook is published; the deploy workflows set them.
const { site, base } = siteAddress(process.env);

export default defineConfig({
	site,
	base,
	markdown: { processor: satteri({ hastPlugins: [tableRegion] }) },
	// One page at a time left the build waiting on file writes for a third of its rendering time; four in
	// flight overlap that wait with rendering (1,126 pages: 16 s instead of 21 to 22 s on two cores).
	build: { concurrency: 4 },
	server: { host: '127.0.0.1', port: 4321 },
	vite: {
		plugins: [
			{
				// Astro marks MDX modules with a directive its own bundling handles; Rolldown warns about it once per
				// chapter although nothing is wrong (withastro/astro#18087). Every other warning still shows.
				name: 'quiet-astro-head-inject-directive',
				onLog(_level, log) {
					if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return false;
				},
			},
		],
	},
	integrations: [
		indexSearchAfterExit(
			starlight({
				title: 'Incident Handbook',
				description: 'How we classify, run, communicate and learn from incidents, with the tools to do it.',
				sidebar,
				markdown: { processedDirs: ['./content/docs/'] },
				customCss: ['./src/styles/handbook.css'],
				components: {
					Search: './src/components/overrides/Search.astro',
					Banner: './src/components/overrides/Banner.astro',
				},
				lastUpdated: false,
				routeMiddleware: './src/route-data.ts',
			}),
		),
		preact(),
		clientNear(),
		basePathLinks(),
	],
});
