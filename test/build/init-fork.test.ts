import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtPages } from '../../scripts/lib/built-pages.ts';
import { pagePath, SAMPLE_IDS, SAMPLE_KINDS } from '../../scripts/lib/init/sample-content.ts';
import { buildSite } from '../support/build-site.ts';
import { copyProject } from '../support/project-copy.ts';

function run(script: string, root: string, args: string[] = []) {
	const result = spawnSync(process.execPath, [resolve('scripts', script), ...args], {
		cwd: root,
		env: { ...process.env, NODE_ENV: 'production', FORCE_COLOR: '0' },
		encoding: 'utf8',
	});
	return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
}

/** Every file under content/ with its text, to see that a second run touches nothing. */
function snapshot(root: string): Record<string, string> {
	const dir = join(root, 'content');
	return Object.fromEntries(
		readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => {
				const file = join(entry.parentPath, entry.name);
				return [file, readFileSync(file, 'utf8')];
			}),
	);
}

describe('npm run init on a fresh fork', () => {
	test('with every sample removed and the SEV0-SEV3 scale, the content checks and the site builds without a link to what went', () => {
		const project = copyProject();
		const init = run('init.ts', project.root, [
			'--organization',
			'Acme Payments',
			'--repository',
			'https://github.com/acme/incident-handbook',
			'--preset',
			'sev0-sev3',
			'--remove-samples',
			'--yes',
		]);
		expect(init.ok, init.output).toBe(true);
		expect(init.output).toMatch(
			/Removed \d+ sample runbooks, \d+ sample post-mortems and \d+ public incident summaries\./,
		);

		const check = run('check-content.ts', project.root);
		expect(check.ok, check.output).toBe(true);

		const outDir = mkdtempSync(join(tmpdir(), 'handbook-init-'));
		const build = buildSite(project.root, outDir);
		expect(build.ok, build.output).toBe(true);

		const removed = SAMPLE_KINDS.flatMap((kind) => SAMPLE_IDS[kind].map((id) => pagePath(kind, id)));
		for (const page of builtPages(outDir)) {
			const html = readFileSync(join(outDir, page, page === '' || page.endsWith('/') ? 'index.html' : ''), 'utf8');
			for (const path of removed) expect(html, `${page} links to ${path}`).not.toContain(`href="${path}"`);
		}
		expect(readFileSync(join(outDir, 'archive/index.html'), 'utf8')).toContain('No post-mortems have been written yet');
		expect(readFileSync(join(outDir, 'severity/index.html'), 'utf8')).toContain('id="sev0"');

		const before = snapshot(project.root);
		const again = run('init.ts', project.root, ['--organization', 'Acme Payments', '--remove-samples', '--yes']);
		expect(again.ok, again.output).toBe(true);
		expect(again.output).toContain('Nothing to change');
		expect(snapshot(project.root)).toEqual(before);
	});

	test('keeping the samples and switching scale leaves valid content', () => {
		const project = copyProject();
		const init = run('init.ts', project.root, [
			'--organization',
			'Acme',
			'--preset',
			'sev0-sev3',
			'--keep-samples',
			'--yes',
		]);
		expect(init.ok, init.output).toBe(true);
		const check = run('check-content.ts', project.root);
		expect(check.ok, check.output).toBe(true);
	});
});
