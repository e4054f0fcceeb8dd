// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { sidebar } from './src/sidebar.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { tableRegion } from './src/markdown/table-region.ts';
import { indexSearchAfterExit } from './src/integrations/search-index-after-exit.ts';

export default defineConfig({
	site: 'https://handbook.example.com',
	markdown: { processor: satteri({ hastPlugins: [tableRegion] }) },
	server: { host: '127.0.0.1', port: 4321 },
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
				},
				lastUpdated: false,
			}),
		),
		preact(),
	],
});
