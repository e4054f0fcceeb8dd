/**
 * An address inside the handbook, under the base path it is published at (BASE_PATH): `sitePath('/archive/')`
 * is `/archive/` at a domain's root and `/handbook/archive/` on GitHub Pages. Built pages get the base on
 * their links at the end of the build; this is for addresses code fetches or hands to an island.
 */
export function sitePath(path: string): string {
	return `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${path.replace(/^\//, '')}`;
}
