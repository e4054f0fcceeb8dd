import { globSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where the collections a fork may leave empty live, for the content config and the pages that read them. */
export const CONTENT_FOLDERS = {
	runbooks: { pattern: '**/*.{md,mdx}', base: './content/runbooks' },
	postmortems: { pattern: '**/*.{md,mdx}', base: './content/postmortems' },
	publicIncidents: { pattern: '**/*.yaml', base: './content/public-incidents' },
} as const;

export type ContentFolder = keyof typeof CONTENT_FOLDERS;

/**
 * Whether a collection's folder holds any entry. Astro's getCollection warns that an empty collection
 * "does not exist", which would tell a team that has simply not written a runbook yet to check its
 * config; asking first keeps a clean build silent. Paths are the project's, as Astro resolves them.
 */
export function holdsEntries(collection: ContentFolder): boolean {
	const { pattern, base } = CONTENT_FOLDERS[collection];
	return globSync(pattern, { cwd: resolve(base) }).length > 0;
}
