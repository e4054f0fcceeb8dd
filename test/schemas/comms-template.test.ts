import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { commsTemplateSchema, REQUIREMENT_KEYS } from '../../src/schemas/comms-template.ts';
import { loadModel } from '../../src/data/load-model.ts';

const model = loadModel();
const schema = commsTemplateSchema({
	stageIds: model.lifecycle.statusPageStages.map((s) => s.id),
	roleIds: model.roles.map((r) => r.id),
	kinds: model.commsRequirements.kinds,
});
const dir = 'content/comms';
const shipped = readdirSync(dir)
	.filter((f) => f.endsWith('.yaml'))
	.map((file) => ({ file, data: parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown> }));

const valid = { name: 'Status page: trial', audience: 'public', channel: 'status-page', body: 'Hello {{service}}' };

function messages(data: Record<string, unknown>): string[] {
	const result = schema.safeParse(data);
	expect(result.success).toBe(false);
	return result.error!.issues.map((i) => i.message);
}

describe('shipped templates', () => {
	test.each(shipped.map((s) => [s.file, s.data] as const))('%s is valid against the model', (_, data) => {
		expect(schema.safeParse(data).error?.issues ?? []).toEqual([]);
	});

	test('cover every status-page stage of the model', () => {
		const stages = shipped.filter((s) => s.data.channel === 'status-page').map((s) => s.data.stage);
		expect(stages.sort()).toEqual(model.lifecycle.statusPageStages.map((s) => s.id).sort());
	});

	test('give every level requirement flag at least one message', () => {
		const used = new Set(shipped.map((s) => s.data.requiredWhen));
		for (const key of REQUIREMENT_KEYS.filter((k) => k !== 'warRoom')) expect(used).toContain(key);
	});
});

describe('commsTemplateSchema', () => {
	test('accepts a minimal template and defaults its order', () => {
		expect(schema.parse(valid)).toMatchObject({ order: 100 });
	});

	test('names the template and the placeholder when a placeholder is unknown', () => {
		expect(messages({ ...valid, body: 'Hi {{servce}}' })).toEqual([
			expect.stringMatching(
				/^template "Status page: trial" uses unknown placeholder \{\{servce\}\}; known placeholders: service,/,
			),
		]);
	});

	test('checks placeholders in the subject too', () => {
		expect(messages({ ...valid, subject: '{{role.janitor}} is here' })[0]).toContain(
			'unknown placeholder {{role.janitor}}',
		);
	});

	test('accepts a placeholder for every role of the model', () => {
		const body = model.roles.map((r) => `{{role.${r.id}}}`).join(' ');
		expect(schema.safeParse({ ...valid, body }).success).toBe(true);
	});

	test('rejects a stage the model does not define, listing the stages it does', () => {
		const [message] = messages({ ...valid, stage: 'panicking' });
		expect(message).toContain('unknown status-page stage "panicking"');
		expect(message).toContain(`"${model.lifecycle.statusPageStages[0]!.id}"`);
	});

	test('rejects {{stage}} in a template without a stage', () => {
		expect(messages({ ...valid, body: '{{stage}}: hi' })[0]).toContain('uses {{stage}}');
	});

	test('rejects unbalanced bold and stray braces, naming the line', () => {
		expect(messages({ ...valid, body: 'ok\n**Impact: {{impact}}' })[0]).toContain(
			'line 2 opens ** bold without closing it',
		);
		expect(messages({ ...valid, body: 'Hi {{service}' })[0]).toContain('line 1 has a "{{" or "}}"');
	});

	test('rejects a requirement flag that levels do not have', () => {
		const result = schema.safeParse({ ...valid, requiredWhen: 'postmortem' });
		expect(result.error?.issues[0]?.path).toEqual(['requiredWhen']);
	});

	test('rejects unknown fields so a typo is not silently ignored', () => {
		expect(schema.safeParse({ ...valid, bodyy: 'x' }).success).toBe(false);
	});

	test('rejects a subject spread over several lines', () => {
		expect(schema.safeParse({ ...valid, subject: 'one\ntwo' }).success).toBe(false);
	});
});

describe('kinds of message', () => {
	const resolved = shipped.find((s) => s.file === 'email-resolution.yaml')!.data;

	test('every kind the model defines has at least one template', () => {
		const used = new Set(shipped.map((s) => s.data.kind));
		for (const kind of model.commsRequirements.kinds) expect(used, kind.id).toContain(kind.id);
	});

	test('a template that leaves out what its kind needs fails, naming the element and how to add it', () => {
		const body = String(resolved.body).replace(/We are sorry[^.]*\./, '');
		expect(messages({ ...resolved, body })).toEqual([
			`template "${resolved.name}" (email to affected customers when it is over) does not say an apology; add one of the word "sorry", the word "apologise", the word "apologize", the word "apologies"`,
		]);
	});

	test('a placeholder or any one listed word says an element', () => {
		const body = String(resolved.body).replace(/We are sorry[^.]*\./, 'Our apologies.');
		expect(schema.safeParse({ ...resolved, body }).success).toBe(true);
		expect(messages({ ...resolved, body: String(resolved.body).replace('{{cause}}', 'something') })).toEqual([
			expect.stringContaining('does not say what happened; add {{cause}}'),
		]);
	});

	test('names the kinds that exist when a template names another', () => {
		expect(messages({ ...valid, kind: 'carrier-pigeon' })).toEqual([
			expect.stringMatching(/unknown kind "carrier-pigeon"; comms-requirements.yaml defines "status-update"/),
		]);
	});
});
