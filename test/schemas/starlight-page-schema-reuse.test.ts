import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { SchemaContext } from 'astro:content';
import { STARLIGHT_PAGE_IMAGE_CHECK, reuseForStarlightPages } from '../../src/schemas/starlight-page-schema-reuse.ts';

// Each call makes a new function, as Starlight does for every page it renders, with its message.
const starlightPageContext = (): SchemaContext =>
	({
		image: () => z.custom(() => true, 'Invalid image passed to `<StarlightPage>` component. Expected an image.'),
	}) as never;
const contentEntryContext = (file: string): SchemaContext =>
	({ image: () => z.string().transform((path) => `${file}/${path}`) }) as never;

describe('reuseForStarlightPages', () => {
	it('builds the schema for Starlight pages once, however many pages ask', () => {
		const build = vi.fn((context: SchemaContext) => z.object({ cover: context.image() }));
		const schema = reuseForStarlightPages(build);
		const first = schema(starlightPageContext());
		expect(schema(starlightPageContext())).toBe(first);
		expect(build).toHaveBeenCalledTimes(1);
	});

	it('builds afresh for every content entry, whose image paths depend on its own file', () => {
		const schema = reuseForStarlightPages((context) => z.object({ cover: context.image() }));
		expect(schema(contentEntryContext('a')).parse({ cover: 'x.png' })).toEqual({ cover: 'a/x.png' });
		expect(schema(contentEntryContext('b')).parse({ cover: 'x.png' })).toEqual({ cover: 'b/x.png' });
	});

	it('recognises the check the installed Starlight passes (otherwise the reuse silently stops)', () => {
		const source = readFileSync('node_modules/@astrojs/starlight/dist/utils/starlight-page.js', 'utf8');
		expect(source).toContain(STARLIGHT_PAGE_IMAGE_CHECK);
	});
});
