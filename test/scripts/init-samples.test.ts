import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { planSampleRemoval } from '../../scripts/lib/init/remove-samples.ts';
import { SAMPLE_IDS, SAMPLE_KINDS, SAMPLE_ORGANIZATION } from '../../scripts/lib/init/sample-content.ts';

const organization = parse(readFileSync('content/model/model.yaml', 'utf8')).organization;

// Once a fork has made the handbook its own, its content is its business; until then every entry shipped is a sample.
describe.skipIf(organization !== SAMPLE_ORGANIZATION)('the list of samples', () => {
	test.each(SAMPLE_KINDS)('names every file the handbook ships in content/%s', (kind) => {
		const shipped = readdirSync(`content/${kind}`)
			.filter((name) => !name.startsWith('.'))
			.map((name) => name.replace(/\.(mdx?|ya?ml)$/, ''));
		expect(shipped.filter((id) => !SAMPLE_IDS[kind].includes(id))).toEqual([]);
	});
});

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A small project: the real incident model, one sample runbook and post-mortem, and the team's own runbook. */
function project(files: Record<string, string> = {}) {
	const root = mkdtempSync(join(tmpdir(), 'init-'));
	dirs.push(root);
	cpSync('content/model', join(root, 'content/model'), { recursive: true });
	const all = {
		'content/runbooks/disk-full.mdx': '---\ntitle: Disk full\nseverity: [SEV2]\nrelated: [queue-backlog]\n---\n',
		'content/runbooks/search-lag.mdx': '---\ntitle: Search lag\nseverity: [SEV3]\nrelated:\n  - disk-full\n---\n',
		'content/postmortems/2024-06-14-pipeline-worker-disk-full.mdx':
			'---\ntitle: Disk full\nseverity: SEV2\nrunbooks: [disk-full, search-lag]\n---\n',
		'content/docs/guide.mdx':
			'---\ntitle: Guide\n---\n\nUse the [disk runbook](/runbooks/disk-full/) or [ours](/runbooks/search-lag/).\n\n```sh\ncurl https://handbook/runbooks/disk-full/\n```\n',
		...files,
	};
	for (const [file, text] of Object.entries(all)) {
		mkdirSync(dirname(join(root, file)), { recursive: true });
		writeFileSync(join(root, file), text);
	}
	return root;
}

describe('planSampleRemoval', () => {
	test('removes only samples, and every reference to them in what stays', () => {
		const root = project();
		const plan = planSampleRemoval(root, ['runbooks']);
		expect(plan.deletions).toEqual([{ kind: 'runbooks', file: 'content/runbooks/disk-full.mdx' }]);
		expect(plan.kept).toEqual(['content/runbooks/search-lag.mdx']);
		const edited = Object.fromEntries(plan.edits.map((edit) => [edit.file, edit.text]));
		expect(edited['content/runbooks/search-lag.mdx']).toBe('---\ntitle: Search lag\nseverity: [SEV3]\n---\n');
		expect(edited['content/postmortems/2024-06-14-pipeline-worker-disk-full.mdx']).toContain('runbooks: [search-lag]');
		expect(edited['content/docs/guide.mdx']).toContain('Use the disk runbook or [ours](/runbooks/search-lag/).');
		expect(plan.mentions).toEqual([
			'content/docs/guide.mdx:8: still mentions /runbooks/disk-full/, which is gone; reword it by hand',
		]);
		expect(plan.keepFiles).toEqual([]);
	});

	test('cleans references to samples deleted by hand even when nothing is chosen for removal', () => {
		const root = project();
		rmSync(join(root, 'content/runbooks/disk-full.mdx'));
		const plan = planSampleRemoval(root, []);
		expect(plan.deletions).toEqual([]);
		expect(plan.edits.map((edit) => edit.file)).toEqual([
			'content/docs/guide.mdx',
			'content/runbooks/search-lag.mdx',
			'content/postmortems/2024-06-14-pipeline-worker-disk-full.mdx',
		]);
	});

	test('an emptied folder gets a .gitkeep so it stays in the repository', () => {
		const root = project();
		expect(planSampleRemoval(root, ['postmortems']).keepFiles).toEqual(['content/postmortems/.gitkeep']);
	});
});

const initScript = resolve('scripts/init.ts');
function init(root: string, args: string[], input = '') {
	const run = spawnSync(process.execPath, [initScript, ...args], {
		cwd: root,
		input,
		encoding: 'utf8',
		timeout: 30_000,
	});
	return { status: run.status, out: `${run.stdout}${run.stderr}` };
}
const model = (root: string) => readFileSync(join(root, 'content/model/model.yaml'), 'utf8');

describe('npm run init', { timeout: 60_000 }, () => {
	test('asks for what the options leave out, reading answers from a pipe', () => {
		const root = project();
		const run = init(root, ['--keep-samples'], 'Acme Corp\nnone\n\nsev0-sev3\n');
		expect(run.status, run.out).toBe(0);
		expect(run.out).toContain('sev0-sev3: SEV0 Critical');
		expect(parse(model(root))).toMatchObject({ organization: 'Acme Corp', branch: 'main', preset: 'sev0-sev3' });
		expect(model(root)).not.toContain('repository:');
		expect(model(root)).toMatch(/^# yaml-language-server: \$schema=/);
	});

	test('a second run with the same answers changes nothing and says so', () => {
		const root = project();
		const args = ['--organization', 'Acme', '--remove-samples', '--yes'];
		expect(init(root, args).status).toBe(0);
		const after = model(root);
		const again = init(root, args);
		expect(again.out).toContain('Nothing to change');
		expect(model(root)).toBe(after);
		expect(existsSync(join(root, 'content/runbooks/search-lag.mdx'))).toBe(true);
	});

	test('a wrong answer changes nothing and names the field', () => {
		const root = project();
		const before = model(root);
		const run = init(root, ['--organization', 'Acme', '--repository', 'github.com/acme', '--remove-samples', '--yes']);
		expect(run.status).toBe(1);
		expect(run.out).toMatch(/Nothing was changed.*\n\s+repository: expected/);
		expect(model(root)).toBe(before);
		expect(existsSync(join(root, 'content/runbooks/disk-full.mdx'))).toBe(true);
	});

	test('refuses a scale that lacks a level the content uses, and lists the files', () => {
		const root = project({ 'content/postmortems/2026-01-01-ours.mdx': '---\ntitle: Ours\nseverity: SEV4\n---\n' });
		const run = init(root, ['--preset', 'sev0-sev3', '--yes']);
		expect(run.status).toBe(1);
		expect(run.out).toContain('content/postmortems/2026-01-01-ours.mdx: severity SEV4');
		expect(parse(model(root)).preset).toBe('sev1-sev4');
	});

	test('input that ends early changes nothing', () => {
		const root = project();
		const before = model(root);
		const run = init(root, [], 'Someone else\n');
		expect(run.status).toBe(1);
		expect(run.out).toContain('nothing was changed');
		expect(model(root)).toBe(before);
	});
});
