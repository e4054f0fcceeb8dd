import { existsSync, readdirSync } from 'node:fs';

/**
 * The entries of one content folder, by file name. A fork may have none yet, or no folder at all once git
 * has dropped it; tests that need such content skip (`skipIf(none)`) instead of failing on an empty list.
 */
export function contentFiles(folder: 'runbooks' | 'postmortems' | 'public-incidents', extension: RegExp): string[] {
	const dir = `content/${folder}`;
	return existsSync(dir) ? readdirSync(dir).filter((file) => extension.test(file)) : [];
}
