import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { loadModel } from '../../src/data/load-model.ts';
import { runbookSchema } from '../../src/schemas/runbook.ts';

const levelIds = loadModel().levels.map((l) => l.id) as [string, ...string[]];
const schema = runbookSchema({ levelIds, runbookRef: z.string() });
const level = levelIds[1]!;

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempDir() {
	const dir = mkdtempSync(join(tmpdir(), 'new-runbook-'));
	dirs.push(dir);
	return dir;
}

function newRunbook(args: string[], input = '') {
	const run = spawnSync(process.execPath, ['scripts/new-runbook.ts', ...args], {
		input,
		encoding: 'utf8',
		timeout: 20_000,
	});
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function frontmatterOf(file: string) {
	return parse(/^---\n([\s\S]*?)---\n/.exec(readFileSync(file, 'utf8'))![1]!);
}

const basics = (dir: string) => [
	'--title',
	'Search index lag',
	'--service',
	'search',
	'--owner',
	'Discovery',
	'--severity',
	level,
	'--alert',
	'SearchIndexLagHigh',
	'--alert',
	'SearchIndexStale',
	'--dir',
	dir,
];

// Each run starts a fresh Node process that loads the model, so these take longer than a unit test's default.
describe('npm run new:runbook', { timeout: 60_000 }, () => {
	test('writes a draft runbook named after the title that passes the schema', () => {
		const dir = tempDir();
		const run = newRunbook(basics(dir));
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		const parsed = schema.parse(frontmatterOf(join(dir, 'search-index-lag.mdx')));
		expect(parsed).toMatchObject({
			title: 'Search index lag',
			service: 'search',
			owner: 'Discovery',
			severity: [level],
			draft: true,
		});
		expect(parsed.alerts).toEqual(['SearchIndexLagHigh', 'SearchIndexStale']);
		expect(parsed.mitigation[0]!.command).toMatchObject({
			where: expect.stringMatching(/^Draft: /),
			access: expect.stringMatching(/^Draft: /),
		});
		expect(run.stdout).toMatch(/search-index-lag\.mdx.*draft/);
	});

	test('asks for whatever the flags leave out, reading piped answers', () => {
		const dir = tempDir();
		const run = newRunbook(
			['--dir', dir, '--title', 'Kafka consumer lag'],
			`events\nStreaming\n${levelIds.join(', ')}\nKafkaConsumerLagHigh\n`,
		);
		expect(run.status).toBe(0);
		expect(run.stdout).toContain(`Severity levels (${levelIds.join(', ')}`);
		expect(schema.parse(frontmatterOf(join(dir, 'kafka-consumer-lag.mdx')))).toMatchObject({
			service: 'events',
			owner: 'Streaming',
			severity: levelIds,
		});
	});

	test('refuses an unknown severity and lists the allowed ones, writing nothing', () => {
		const dir = tempDir();
		const args = basics(dir);
		args[args.indexOf('--severity') + 1] = 'SEV9';
		const run = newRunbook(args);
		expect(run.status).toBe(1);
		expect(run.stderr).toContain(`unknown severity "SEV9"; the incident model allows ${levelIds.join(', ')}`);
		expect(readdirSync(dir)).toEqual([]);
	});

	test('will not overwrite an existing runbook unless --force is given', () => {
		const dir = tempDir();
		const file = join(dir, 'search-index-lag.mdx');
		writeFileSync(file, 'hand-written\n');
		const refused = newRunbook(basics(dir));
		expect(refused.status).toBe(1);
		expect(refused.stderr).toMatch(/already exists.*--force/);
		expect(readFileSync(file, 'utf8')).toBe('hand-written\n');

		expect(newRunbook([...basics(dir), '--force']).status).toBe(0);
		expect(schema.safeParse(frontmatterOf(file)).success).toBe(true);
	});

	test('refuses an alert that another runbook already handles', () => {
		const dir = tempDir();
		writeFileSync(join(dir, 'search-outage.mdx'), '---\ntitle: Search outage\nalerts: [SearchIndexStale]\n---\n');
		const run = newRunbook(basics(dir));
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/"SearchIndexStale".*search-outage/);
		expect(existsSync(join(dir, 'search-index-lag.mdx'))).toBe(false);
	});

	test('names the missing answers when input ends early', () => {
		const run = newRunbook(['--dir', tempDir(), '--title', 'Search index lag'], 'search\n');
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/No answer for --owner, --severity, --alert/);
	});
});
