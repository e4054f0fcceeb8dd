import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AstroIntegration } from 'astro';
import { INDEX_AFTER_EXIT_ENV, indexSearchAfterExit } from '../../src/integrations/search-index-after-exit.ts';

const integration = (): AstroIntegration => ({
	name: 'search-owner',
	hooks: { 'astro:config:setup': () => {}, 'astro:build:done': () => {} },
});

describe('indexSearchAfterExit', () => {
	afterEach(() => vi.unstubAllEnvs());

	it('leaves a plain `astro build` indexing inside the build', () => {
		vi.stubEnv(INDEX_AFTER_EXIT_ENV, undefined);
		expect(Object.keys(indexSearchAfterExit(integration()).hooks)).toContain('astro:build:done');
	});

	it('drops only the in-build indexing when the build script will index after exit', () => {
		vi.stubEnv(INDEX_AFTER_EXIT_ENV, '1');
		const wrapped = indexSearchAfterExit(integration());
		expect(wrapped.name).toBe('search-owner');
		expect(Object.keys(wrapped.hooks)).toEqual(['astro:config:setup']);
	});
});
