import type { SchemaContext } from 'astro:content';

/** Part of the image check Starlight's `<StarlightPage>` passes when it rebuilds the docs schema. */
export const STARLIGHT_PAGE_IMAGE_CHECK = 'Invalid image passed to `<StarlightPage>` component';

/**
 * `<StarlightPage>` rebuilds the docs frontmatter schema for every page it renders, which at
 * thousands of post-mortems costs about a millisecond a page plus the garbage. The image check it
 * passes captures nothing, so the schema built with it is the same every time and is built once.
 * Content entries pass image helpers that resolve paths against their own file; those are never
 * reused. Should Starlight reword its check, every call simply builds again, as before.
 */
export function reuseForStarlightPages<S>(build: (context: SchemaContext) => S): (context: SchemaContext) => S {
	const built = new Map<string, S>();
	return (context) => {
		const check = context.image.toString();
		if (!check.includes(STARLIGHT_PAGE_IMAGE_CHECK)) return build(context);
		if (!built.has(check)) built.set(check, build(context));
		return built.get(check)!;
	};
}
