/**
 * `npm run build [-- --outDir <dir>]`: builds the site with `astro build`, then indexes it for
 * search once the build process has exited, so the two never hold their memory at the same time,
 * and last writes the service worker that keeps the handbook readable offline.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildInfo } from '../src/data/build-info.ts';
import { buildInfoToEnv } from '../src/domain/offline/build-info.ts';
import { INDEX_AFTER_EXIT_ENV } from '../src/integrations/search-index-after-exit.ts';
import { siteAddress } from '../src/integrations/site-address.ts';
import { builtPages } from './lib/bench/built-pages.ts';
import { isOfflinePage } from './lib/build/offline-files.ts';
import { writeServiceWorker } from './lib/build/service-worker.ts';
import { indexOfflinePages, indexSite } from './lib/build/search-index.ts';

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const outDir = resolve(values.outDir);
const runAstro = fileURLToPath(new URL('lib/build/run-astro.ts', import.meta.url));

// Rendering makes many short-lived objects per page; a larger young generation than Node's default
// cut the build's garbage-collection time by about a quarter at 1,000 post-mortems.
const nodeFlags = ['--max-semi-space-size=64'];

console.log('Building the site with Astro…');
const buildStarted = performance.now();
const code = await new Promise<number | null>((done) =>
	spawn(process.execPath, [...nodeFlags, runAstro, '--outDir', outDir], {
		stdio: 'inherit',
		env: { ...process.env, ...buildInfoToEnv(buildInfo), [INDEX_AFTER_EXIT_ENV]: '1' },
	})
		.on('error', (error) => {
			console.error(`Could not start astro build: ${error.message}`);
			done(1);
		})
		.on('close', done),
);
if (code !== 0) process.exit(code ?? 1);
console.log(`Built the site into ${outDir} in ${((performance.now() - buildStarted) / 1000).toFixed(1)} s.`);

const started = performance.now();
console.log('Building the search index with Pagefind…');
try {
	const pages = await indexSite(outDir);
	console.log(`Indexed ${pages} pages in ${((performance.now() - started) / 1000).toFixed(2)} s.`);
	const offline = await indexOfflinePages(outDir, builtPages(outDir).filter(isOfflinePage));
	const worker = await writeServiceWorker(outDir, siteAddress(process.env).base);
	console.log(
		`Wrote the service worker: ${worker.count} files to keep offline (${(worker.bytes / 1e6).toFixed(1)} MB before compression), with a search index of their ${offline} pages.`,
	);
} catch (error) {
	console.error(error instanceof Error ? error.message : String(error));
	process.exit(1);
}
