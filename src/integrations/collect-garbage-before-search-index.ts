import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { AstroIntegration } from 'astro';

/**
 * Starlight builds the search index in a second process once every page is written. By then the
 * build process holds the garbage of thousands of rendered pages, which Node has had no reason to
 * collect, and the two processes' memory adds up: at 5,000 post-mortems that was 3.2 GiB at peak
 * instead of 2.7. Collecting it first costs a fraction of a second. Listed before Starlight so its
 * hook runs first.
 */
export function collectGarbageBeforeSearchIndex(): AstroIntegration {
	return {
		name: 'collect-garbage-before-search-index',
		hooks: {
			'astro:build:done': () => {
				// Node only offers gc() behind a flag; setting the flag at run time keeps `astro build` a plain command.
				setFlagsFromString('--expose-gc');
				(runInNewContext('gc') as () => void)();
			},
		},
	};
}
