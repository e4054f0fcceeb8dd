import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { loadModel } from '../../src/data/load-model.ts';
import { runbookSchema } from '../../src/schemas/runbook.ts';

const model = loadModel();
const levelIds = model.levels.map((l) => l.id) as [string, ...string[]];
const schema = runbookSchema({ levelIds, runbookRef: z.string() });

const dir = 'content/runbooks';
const shipped = readdirSync(dir)
	.filter((f) => f.endsWith('.mdx'))
	.map((file) => {
		const text = readFileSync(join(dir, file), 'utf8');
		const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
		return { id: file.replace(/\.mdx$/, ''), data: parse(frontmatter) as Record<string, unknown> };
	});

// Severity from the model in use, so the fixture stays valid on any preset.
const valid: Record<string, unknown> = {
	...(parse(readFileSync('test/fixtures/runbook.yaml', 'utf8')) as Record<string, unknown>),
	severity: [levelIds[0]],
};

function issuesFor(data: Record<string, unknown>) {
	const result = schema.safeParse(data);
	expect(result.success).toBe(false);
	return result.error!.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

function without(field: string): Record<string, unknown> {
	const copy = { ...valid };
	delete copy[field];
	return copy;
}

// A fork may remove every sample runbook; the build still checks any it adds.
describe.runIf(shipped.length > 0)('shipped runbooks', () => {
	test.each(shipped.map((s) => [s.id, s.data] as const))('%s is valid against the model', (_, data) => {
		expect(schema.safeParse(data).error?.issues ?? []).toEqual([]);
	});

	test('are finished runbooks, not generated drafts', () => {
		expect(shipped.filter((s) => schema.parse(s.data).draft).map((s) => s.id)).toEqual([]);
	});

	test('only reference runbooks that exist', () => {
		const ids = new Set(shipped.map((s) => s.id));
		const dangling = shipped.flatMap((s) =>
			schema
				.parse(s.data)
				.related.filter((r) => !ids.has(r))
				.map((r) => `${s.id} -> ${r}`),
		);
		expect(dangling).toEqual([]);
	});
});

describe('runbookSchema', () => {
	test.each(['impact', 'diagnosis', 'mitigation', 'recovery', 'escalation', 'reviewEvery'])(
		'names the missing section "%s" in its message',
		(field) => {
			expect(issuesFor(without(field))).toEqual([
				{ path: field, message: expect.stringContaining(`missing "${field}"`) },
			]);
		},
	);

	test('reports an empty section as needing at least one entry', () => {
		expect(issuesFor({ ...valid, mitigation: [] })).toEqual([
			{ path: 'mitigation', message: expect.stringContaining('"mitigation" needs at least one entry') },
		]);
	});

	test('points at the mitigation option that lacks a way to undo it', () => {
		const mitigation = (valid.mitigation as Record<string, unknown>[]).map((m, i) =>
			i === 0 ? { ...m, undo: undefined } : m,
		);
		expect(issuesFor({ ...valid, mitigation })).toEqual([
			{ path: 'mitigation.0.undo', message: expect.stringContaining('missing "undo"') },
		]);
	});

	test.each(['where', 'access'])('points at a mitigation command that does not say %s', (field) => {
		const mitigation = (valid.mitigation as Record<string, unknown>[]).map((m, i) =>
			i === 0 ? { ...m, command: { ...(m.command as object), [field]: undefined } } : m,
		);
		expect(issuesFor({ ...valid, mitigation })).toEqual([
			{ path: `mitigation.0.command.${field}`, message: expect.stringContaining(`missing "${field}"`) },
		]);
	});

	test('asks for where and access on diagnosis commands too, and rejects them blank', () => {
		const diagnosis = (valid.diagnosis as Record<string, unknown>[]).map((d, i) =>
			i === 0 ? { ...d, command: { run: 'kubectl get pods', where: ' ', lang: 'sh' } } : d,
		);
		expect(issuesFor({ ...valid, diagnosis })).toEqual([
			{ path: 'diagnosis.0.command.where', message: expect.stringContaining('"where" is empty') },
			{ path: 'diagnosis.0.command.access', message: expect.stringContaining('missing "access"') },
		]);
	});

	test('lists the allowed levels from the model when a severity is unknown', () => {
		const [issue] = issuesFor({ ...valid, severity: ['SEV9'] });
		expect(issue!.path).toBe('severity.0');
		expect(issue!.message).toContain('unknown severity "SEV9"');
		for (const id of levelIds) expect(issue!.message).toContain(id);
	});

	test('rejects a field it does not know, so a misspelt section is not silently dropped', () => {
		expect(
			issuesFor({ ...valid, mitigations: valid.mitigation })
				.map((i) => i.message)
				.join(),
		).toMatch(/mitigations/);
	});

	test('defaults a command to shell highlighting and a runbook to not being a draft nor printed', () => {
		const { print: _chosenForPrint, ...unmarked } = valid as Record<string, unknown>;
		const parsed = schema.parse(unmarked);
		expect(parsed.draft).toBe(false);
		expect(parsed.print).toBe(false);
		expect(parsed.mitigation[0]!.command.lang).toBe('sh');
	});
});
