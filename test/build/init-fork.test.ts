import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { builtPages } from '../../scripts/lib/bench/built-pages.ts';
import { levelsMissingFrom, listPresets } from '../../scripts/lib/init/preset-levels.ts';
import { countSamples } from '../../scripts/lib/init/remove-samples.ts';
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

const current = parse(readFileSync('content/model/model.yaml', 'utf8')).preset as string;
const other = listPresets('.').find((preset) => preset.name !== current)!;
const otherMissing = levelsMissingFrom('.', other, new Set());

describe('npm run init on a fork', () => {
	test('with every sample removed, the content checks, the site builds without a link to what went, and a second run changes nothing', async () => {
		const project = copyProject();
		const args = ['--organization', 'Acme Payments', '--repository', 'https://github.com/acme/incident-handbook'];
		const init = run('init.ts', project.root, [...args, '--remove-samples', '--yes']);
		expect(init.ok, init.output).toBe(true);
		for (const kind of SAMPLE_KINDS) expect(countSamples(project.root, kind), kind).toBe(0);

		const check = run('check-content.ts', project.root);
		expect(check.ok, check.output).toBe(true);

		const outDir = mkdtempSync(join(tmpdir(), 'handbook-init-'));
		const build = await buildSite(project.root, outDir);
		expect(build.ok, build.output).toBe(true);
		const removed = SAMPLE_KINDS.flatMap((kind) => SAMPLE_IDS[kind].map((id) => pagePath(kind, id)));
		for (const page of builtPages(outDir)) {
			const html = readFileSync(join(outDir, page, page.endsWith('.html') ? '' : 'index.html'), 'utf8');
			for (const path of removed) expect(html, `${page} links to ${path}`).not.toContain(`href="${path}"`);
		}

		const before = snapshot(project.root);
		const again = run('init.ts', project.root, [...args, '--remove-samples', '--yes']);
		expect(again.ok, again.output).toBe(true);
		expect(again.output).toContain('Nothing to change');
		expect(snapshot(project.root)).toEqual(before);
	});

	// A fork whose own post-mortems use a level the other scale lacks cannot switch, and init says so (a unit test covers that).
	test.skipIf(otherMissing.length > 0)(
		`switching to the other severity scale (${other.name}) leaves valid content`,
		() => {
			const project = copyProject();
			const init = run('init.ts', project.root, ['--preset', other.name, '--keep-samples', '--yes']);
			expect(init.ok, init.output).toBe(true);
			expect(parse(readFileSync(join(project.root, 'content/model/model.yaml'), 'utf8')).preset).toBe(other.name);
			const check = run('check-content.ts', project.root);
			expect(check.ok, check.output).toBe(true);
		},
	);
});
