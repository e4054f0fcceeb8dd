import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { copyProjectInto } from '../../scripts/lib/project-copy.ts';

/** A throwaway copy of the project that a test may edit and build, removed when the test ends. */
export function copyProject(): {
	root: string;
	edit: (file: string, change: (text: string) => string) => void;
	write: (file: string, text: string) => void;
} {
	const root = copyProjectInto(join(process.cwd(), '.test-projects'), 'copy-');
	onTestFinished(() => rmSync(root, { recursive: true, force: true }));
	return {
		root,
		edit: (file, change) => writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8'))),
		write: (file, text) => writeFileSync(join(root, file), text),
	};
}
