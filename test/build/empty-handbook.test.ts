import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { copyProject } from '../support/project-copy.ts';

describe('a handbook with no post-mortems, runbooks or public incidents', () => {
	test('still builds without a warning about the empty collections, and its archive and runbook pages say there is nothing yet', async () => {
		const project = copyProject();
		// Deleted by hand and committed: git keeps no empty folder, so a fresh clone has none at all.
		for (const folder of ['postmortems', 'runbooks', 'public-incidents'])
			rmSync(join(project.root, 'content', folder), { recursive: true });
		const outDir = mkdtempSync(join(tmpdir(), 'handbook-empty-'));
		const build = await buildSite(project.root, outDir);
		expect(build.ok, build.output).toBe(true);
		// No runbooks or post-mortems yet is a normal state for a fork, not something to warn about.
		expect(build.output).not.toMatch(/No files found|does not exist/);

		const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
		expect(page('archive')).toContain('No post-mortems have been written yet');
		expect(page('archive/dashboard')).toContain('There are no post-mortems yet');
		expect(page('archive/public')).toContain('No public incidents have been summarised yet');
		expect(page('archive/actions')).toContain('0 open items');
		expect(page('runbooks')).toContain('npm run new:runbook');
		expect(page('tools/classify')).toContain('<legend>');
	});
});
