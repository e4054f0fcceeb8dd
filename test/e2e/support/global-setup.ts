import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { parse, stringify } from 'yaml';
import { copyProjectInto } from '../../../scripts/lib/project-copy.ts';
import { serveStatic } from '../../../scripts/lib/build/static-server.ts';
import { buildSite } from '../../support/build-site.ts';
import { writeHostileArchive } from '../../support/hostile-archive.ts';

/** How many generated post-mortems the hostile build holds: enough classes of text, one build. */
export const HOSTILE_COUNT = 40;

/** The id of a runbook whose review is long overdue, added to the second site so the warning has a case to show. */
export const OVERDUE_RUNBOOK = 'overdue-review-fixture';

function writeOverdueRunbook(root: string) {
	const dir = join(root, 'content/runbooks');
	const sample = readdirSync(dir).find((file) => file.endsWith('.mdx'));
	if (!sample) return;
	const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(readFileSync(join(dir, sample), 'utf8'))!;
	// Alert names belong to one runbook each, so the copy gets one of its own.
	const data = { ...parse(frontmatter!), lastReviewed: '2020-01-02', alerts: ['OverdueReviewFixture'] };
	writeFileSync(join(dir, `${OVERDUE_RUNBOOK}.mdx`), `---\n${stringify(data)}---\n${body}`);
}

/** The second site is published under a sub-path, as GitHub Pages serves a fork at /<repository>/. */
export const FIXTURE_BASE_PATH = '/handbook/';
export const FIXTURE_SITE_URL = 'https://acme.github.io';

/**
 * Builds two sites into private folders (so parallel runs never clobber each other's output) and serves
 * each on 127.0.0.1: the handbook as it is, at the root; and, under a base path, a copy whose archive
 * also holds post-mortems generated from hostile text through the post-mortem tool's export path, plus
 * a runbook overdue for review. HOSTILE_SEED replays a generated archive.
 */
export default async function setup(project: TestProject) {
	const outDir = mkdtempSync(join(tmpdir(), 'handbook-e2e-'));
	const seed = Number(process.env.HOSTILE_SEED) || Date.now() % 2 ** 31;
	const hostileRoot = copyProjectInto(join(process.cwd(), '.test-projects'), 'hostile-');
	const archive = writeHostileArchive(hostileRoot, HOSTILE_COUNT, seed);
	writeOverdueRunbook(hostileRoot);
	const hostileOut = mkdtempSync(join(tmpdir(), 'handbook-e2e-hostile-'));
	// Both at once: a build leaves a core idle much of the time (rendering, then indexing, are single-threaded).
	const [build, hostileBuild] = await Promise.all([
		buildSite(process.cwd(), outDir),
		buildSite(hostileRoot, hostileOut, { BASE_PATH: FIXTURE_BASE_PATH, SITE_URL: FIXTURE_SITE_URL }),
	]);
	if (!build.ok) throw new Error(`The site did not build:\n${build.output}`);
	if (!hostileBuild.ok)
		throw new Error(
			`The site did not build with post-mortems the tool let through (replay with HOSTILE_SEED=${seed}):\n${hostileBuild.output}`,
		);
	writeFileSync(join(hostileOut, 'hostile-archive.json'), JSON.stringify(archive));

	const main = await serveStatic(outDir, 0);
	const hostile = await serveStatic(hostileOut, 0, { base: FIXTURE_BASE_PATH });
	project.provide('buildOutput', build.output);
	project.provide('baseUrl', main.url);
	project.provide('distDir', outDir);
	project.provide('hostileUrl', hostile.url);
	project.provide('hostileDistDir', hostileOut);
	return () => {
		main.server.close();
		hostile.server.close();
		for (const dir of [outDir, hostileOut, hostileRoot]) rmSync(dir, { recursive: true, force: true });
	};
}

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		distDir: string;
		/** What `npm run build` printed for the handbook as it is. */
		buildOutput: string;
		hostileUrl: string;
		hostileDistDir: string;
	}
}
