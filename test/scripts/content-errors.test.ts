import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { firstErrorLine, parseSyncOutput } from '../../scripts/lib/content-errors.ts';

// Real `astro sync` output, captured from a copy of the project at this root with one thing broken each time.
const ROOT = '/work/wt-fork/.test-projects/probe';
const captured = (name: string) => readFileSync(new URL(`sync-output/${name}.txt`, import.meta.url), 'utf8');
const problemsIn = (name: string) =>
	parseSyncOutput(captured(name), ROOT).map(({ kind, file, line, field, path, message }) => ({
		kind,
		file,
		line,
		field,
		path,
		message,
	}));

const POSTMORTEM = 'content/postmortems/2025-03-15-gateway-route-config-outage.mdx';

describe('parseSyncOutput', () => {
	test('a post-mortem schema error gives one problem per field, on the file Astro names', () => {
		expect(problemsIn('postmortem-frontmatter')).toEqual([
			{
				kind: 'frontmatter',
				file: POSTMORTEM,
				line: undefined,
				field: 'severity',
				path: ['severity'],
				message: 'Invalid option: expected one of "SEV1"|"SEV2"|"SEV3"|"SEV4"',
			},
			{
				kind: 'frontmatter',
				file: POSTMORTEM,
				line: undefined,
				field: 'actionItems[2].owner',
				path: ['actionItems', 2, 'owner'],
				message: 'every action item needs an owner',
			},
		]);
	});

	test('a misspelt key in a runbook is looked for one level below the object that holds it', () => {
		const problems = problemsIn('runbook-frontmatter');
		expect(problems.map((p) => p.field)).toEqual([
			'owner',
			'severity[1]',
			'diagnosis[0].command.run',
			'diagnosis[0].command',
		]);
		expect(problems.every((p) => p.file === 'content/runbooks/disk-full.mdx')).toBe(true);
		expect(problems[3]).toMatchObject({ path: ['diagnosis', 0, 'command', 'rn'], message: 'Unrecognized key: "rn"' });
	});

	test('chapters, comms templates and public incidents are read the same way', () => {
		expect(problemsIn('chapter-frontmatter').map((p) => [p.file, p.field])).toEqual([
			['content/docs/severity.mdx', 'description'],
			['content/docs/severity.mdx', 'reviewed'],
			['content/docs/severity.mdx', 'template'],
		]);
		expect(problemsIn('comms-template')).toMatchObject([{ file: 'content/comms/sms-alert.yaml', field: 'channel' }]);
		expect(problemsIn('public-incident')).toMatchObject([
			{
				file: 'content/public-incidents/fastly-global-outage-2021.yaml',
				field: 'sources[2]',
				path: ['sources', 2, 'sauce'],
			},
		]);
	});

	test('a missing field reads as missing, without the field name twice', () => {
		expect(problemsIn('chapter-missing-description')).toMatchObject([
			{ file: 'content/docs/severity.mdx', field: 'description', message: 'missing; this field is required' },
		]);
	});

	test('incident model problems keep their file and field, once each, without the period Astro adds', () => {
		expect(problemsIn('model-levels')).toEqual([
			{
				kind: 'model',
				file: 'content/model/presets/sev1-sev4/levels.yaml',
				line: undefined,
				field: 'levels[2].notification',
				path: ['levels', 2, 'notification'],
				message: 'Invalid option; allowed: "page", "notify", "ticket"',
			},
		]);
		expect(problemsIn('model-two-problems').map((p) => p.field)).toEqual(['levels[2].coverage', 'levels[3].coverage']);
		expect(problemsIn('model-config')).toMatchObject([{ file: 'content/model/model.yaml', field: 'organization' }]);
		expect(problemsIn('model-roles')).toMatchObject([{ field: 'roles[4]', path: ['roles', 4, 'colour'] }]);
		expect(problemsIn('model-unknown-role')).toMatchObject([
			{ field: 'levels[1].roles[1]', message: expect.stringContaining('unknown role "janitor"') },
		]);
	});

	test('post-mortem notes keep the line the archive loader gives', () => {
		expect(problemsIn('postmortem-body')).toMatchObject([
			{
				kind: 'body',
				file: POSTMORTEM,
				line: 112,
				message: expect.stringMatching(/^it contains a component or HTML tag/),
			},
		]);
	});

	test('YAML that does not parse takes its line from the Location Astro prints', () => {
		expect(problemsIn('chapter-yaml-syntax')).toEqual([
			{
				kind: 'yaml',
				file: 'content/docs/severity.mdx',
				line: 4,
				field: undefined,
				path: undefined,
				message: 'missed comma between flow collection entries',
			},
		]);
	});

	test('references to a deleted runbook name the entry that holds them, though sync itself passed', () => {
		const problems = parseSyncOutput(captured('missing-runbook'), ROOT);
		expect(problems.map((p) => [p.entry?.collection, p.entry?.id, p.field])).toEqual([
			['runbooks', 'database-primary-failover', 'related[1]'],
			['runbooks', 'queue-backlog', 'related[0]'],
			['postmortems', '2024-06-14-pipeline-worker-disk-full', 'runbooks[0]'],
			['postmortems', '2025-05-20-orders-db-wal-volume-full', 'runbooks[0]'],
		]);
		expect(problems[0]!.message).toBe('no entry "disk-full" in collection "runbooks"');
	});

	test('a Location outside the content folder is not taken for the place of the problem', () => {
		const output =
			'Something broke\n  Location:\n    /work/wt-fork/node_modules/astro/dist/core/sync/index.js:256:11\n';
		expect(parseSyncOutput(output, ROOT)).toEqual([]);
		expect(firstErrorLine(`12:00:00 [content] Syncing content\n[SomeError] it failed badly\n`)).toBe(
			'[SomeError] it failed badly',
		);
	});
});
