import { spawnSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import type { BuildResult } from './build-site.ts';

/** Runs `astro sync`, which loads and validates every content collection without rendering pages. */
export function syncContent(root: string): BuildResult {
	const result = spawnSync('npx', ['astro', 'sync'], {
		cwd: root,
		env: { ...process.env, NODE_ENV: 'production', FORCE_COLOR: '0' },
		encoding: 'utf8',
	});
	return { ok: result.status === 0, output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`) };
}
