import type { AstroIntegration } from 'astro';

/** Set by `scripts/build.ts`, which indexes the site itself once `astro build` has exited. */
export const INDEX_AFTER_EXIT_ENV = 'HANDBOOK_INDEX_SEARCH_AFTER_EXIT';

/**
 * Starlight runs Pagefind from its `astro:build:done` hook, inside the build process, so the
 * build's own memory and Pagefind's add up at the peak (about 3 GiB at 5,000 post-mortems). When
 * the build script will index afterwards, that hook (Starlight's only use of it) is left out; the
 * search box and the page markers it indexes stay. A plain `astro build` still indexes as usual.
 */
export function indexSearchAfterExit(integration: AstroIntegration): AstroIntegration {
	if (process.env[INDEX_AFTER_EXIT_ENV] !== '1') return integration;
	const { 'astro:build:done': _indexedByTheBuildScript, ...hooks } = integration.hooks;
	return { ...integration, hooks };
}
