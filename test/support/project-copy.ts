import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { onTestFinished } from 'vitest';
import { join } from 'node:path';

const PROJECT_FILES = ['content', 'src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * A throwaway copy of the project that a test may edit and build. It lives inside the project
 * (in the git-ignored .test-projects/) so packages resolve from the real node_modules one level up;
 * Astro's build breaks on a symlinked node_modules.
 */
export function copyProject(): { root: string; edit: (file: string, change: (text: string) => string) => void; write: (file: string, text: string) => void } {
	mkdirSync('.test-projects', { recursive: true });
	const root = mkdtempSync(join(process.cwd(), '.test-projects', 'copy-'));
	onTestFinished(() => rmSync(root, { recursive: true, force: true }));
	for (const entry of PROJECT_FILES) cpSync(entry, join(root, entry), { recursive: true });
	return {
		root,
		edit: (file, change) => writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8'))),
		write: (file, text) => writeFileSync(join(root, file), text),
	};
}
