import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../../scripts/lib/static-server.ts';
import { buildSite } from '../../support/build-site.ts';

/**
 * Builds the site once into a private folder (so parallel runs never clobber each other's output)
 * and serves it on 127.0.0.1 for every end-to-end test.
 */
export default async function setup(project: TestProject) {
	const outDir = mkdtempSync(join(tmpdir(), 'handbook-e2e-'));
	const build = buildSite(process.cwd(), outDir);
	if (!build.ok) throw new Error(`The site did not build:\n${build.output}`);
	const { server, url } = await serveStatic(outDir, 0);
	project.provide('baseUrl', url);
	project.provide('distDir', outDir);
	return () => {
		server.close();
		rmSync(outDir, { recursive: true, force: true });
	};
}

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		distDir: string;
	}
}
