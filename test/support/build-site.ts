import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

export interface BuildResult {
	ok: boolean;
	output: string;
}

const buildScript = fileURLToPath(new URL('../../scripts/build.ts', import.meta.url));

/**
 * Runs the project's build script (`astro build`, then the search index) for the project at `root`
 * into `outDir`. NODE_ENV is forced to production because Vitest sets it to "test", which Astro
 * would otherwise take as a development build.
 */
export function buildSite(root: string, outDir: string, env: Record<string, string> = {}): BuildResult {
	const result = spawnSync(process.execPath, [buildScript, '--outDir', outDir], {
		cwd: root,
		env: { ...process.env, ...env, NODE_ENV: 'production', FORCE_COLOR: '0' },
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	return { ok: result.status === 0, output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`) };
}
