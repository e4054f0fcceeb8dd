import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';

/** What a copy needs to build the site; node_modules is found one level up. */
const PROJECT_FILES = ['content', 'src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * Copies the project into a fresh folder under `parent` (a git-ignored folder inside the project),
 * so packages resolve from the real node_modules above it: Astro's build breaks on a symlinked
 * node_modules.
 */
export function copyProjectInto(parent: string, prefix: string): string {
	mkdirSync(parent, { recursive: true });
	const root = mkdtempSync(join(parent, prefix));
	for (const entry of PROJECT_FILES) cpSync(entry, join(root, entry), { recursive: true });
	return root;
}
