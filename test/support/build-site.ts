import { spawnSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';

export interface BuildResult {
	ok: boolean;
	output: string;
}

/**
 * Runs `astro build` for the project at `root` into `outDir`. NODE_ENV is forced to production because
 * Vitest sets it to "test", which Astro would otherwise take as a development build (no search index).
 */
export function buildSite(root: string, outDir: string): BuildResult {
	const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
		cwd: root,
		env: { ...process.env, NODE_ENV: 'production', FORCE_COLOR: '0' },
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	return { ok: result.status === 0, output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`) };
}
