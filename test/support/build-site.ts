import { spawn } from 'node:child_process';
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
 * would otherwise take as a development build. It runs in a child process without blocking, so
 * independent builds can share the machine's cores.
 */
export function buildSite(root: string, outDir: string, env: Record<string, string> = {}): Promise<BuildResult> {
	return new Promise((done) => {
		const chunks: Buffer[] = [];
		const child = spawn(process.execPath, [buildScript, '--outDir', outDir], {
			cwd: root,
			env: { ...process.env, ...env, NODE_ENV: 'production', FORCE_COLOR: '0' },
		});
		child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
		child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
		child.on('error', (error) => done({ ok: false, output: `Could not start the build: ${error.message}` }));
		child.on('close', (code) =>
			done({ ok: code === 0, output: stripVTControlCharacters(Buffer.concat(chunks).toString('utf8')) }),
		);
	});
}
