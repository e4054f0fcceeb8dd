import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { postmortemSchema } from '../../src/schemas/postmortem.ts';
import { loadModel } from '../../src/data/load-model.ts';

const levelIds = ['SEV1', 'SEV2', 'SEV3'] as const;
const schema = postmortemSchema({ levelIds: [...levelIds] as [string, ...string[]], runbookRef: z.string() });
const valid = () => parse(readFileSync(new URL('../fixtures/postmortems/valid.yaml', import.meta.url), 'utf8'));

function problems(input: unknown) {
	const result = schema.safeParse(input);
	if (result.success) throw new Error('expected the post-mortem to be rejected');
	return result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

describe('postmortemSchema', () => {
	test('accepts a complete post-mortem and turns timestamps into dates', () => {
		const pm = schema.parse(valid());
		expect(pm.started).toEqual(new Date('2025-05-02T09:00:00Z'));
		expect(pm.actionItems[0]?.owner).toBe('Payments team');
		expect(pm.runbooks).toEqual(['payment-provider-outage']);
	});

	test('rejects mitigation recorded before acknowledgement and names both fields', () => {
		const found = problems({ ...valid(), mitigated: '2025-05-02T09:14:00Z' });
		expect(found).toHaveLength(1);
		expect(found[0]!.path).toBe('mitigated');
		expect(found[0]!.message).toContain('"mitigated"');
		expect(found[0]!.message).toContain('"acknowledged"');
	});

	test('counts a post-mortem as a real incident unless it says it was an exercise', () => {
		expect(schema.parse(valid()).exercise).toBe(false);
		expect(schema.parse({ ...valid(), exercise: true }).exercise).toBe(true);
	});

	test('rejects detection before the start', () => {
		const found = problems({ ...valid(), detected: '2025-05-02T08:59:00Z' });
		expect(found.map((p) => p.path)).toEqual(['detected']);
	});

	test('accepts equal neighbouring timestamps (detected the moment it started)', () => {
		expect(schema.safeParse({ ...valid(), detected: '2025-05-02T09:00:00Z' }).success).toBe(true);
	});

	test('rejects an unknown severity and lists the allowed levels', () => {
		const found = problems({ ...valid(), severity: 'SEV9' });
		expect(found[0]!.path).toBe('severity');
		for (const id of levelIds) expect(found[0]!.message).toContain(id);
	});

	test('rejects an action item without an owner, naming the item', () => {
		const input = valid();
		delete input.actionItems[0].owner;
		const found = problems(input);
		expect(found).toEqual([{ path: 'actionItems.0.owner', message: 'every action item needs an owner' }]);
	});

	test('rejects an action item whose owner is blank', () => {
		const input = valid();
		input.actionItems[0].owner = '   ';
		expect(problems(input)[0]!.message).toBe('every action item needs an owner');
	});

	test('rejects a local time without a Z', () => {
		expect(problems({ ...valid(), resolved: '2025-05-02 11:00' })[0]!.path).toBe('resolved');
	});

	describe("with the model's owner policy and decision tree", () => {
		const model = loadModel();
		const checked = postmortemSchema({
			levelIds: model.levels.map((l) => l.id) as [string, ...string[]],
			runbookRef: z.string(),
			ownerPolicy: model.config.actionItemOwners,
			classifyWith: { scale: model.config.preset, tree: model.tree },
		});
		const issues = (input: unknown) =>
			(checked.safeParse(input).error?.issues ?? []).map((i) => ({ path: i.path.join('.'), message: i.message }));
		const securityAnswers = { 'total-outage': 'No', security: 'Yes' };

		test('refuses an action item owned by a team, naming the item and the word', () => {
			expect(issues(valid())).toEqual([
				{ path: 'actionItems.0.owner', message: expect.stringContaining('"Payments team" reads as a team') },
			]);
		});

		const withPerson = () => ({
			...valid(),
			actionItems: valid().actionItems.map((a: object) => ({ ...a, owner: 'Priya Raman' })),
		});

		test('accepts recorded answers that lead to the severity given', () => {
			expect(issues({ ...withPerson(), severity: 'SEV1', classification: { answers: securityAnswers } })).toEqual([]);
		});

		test('refuses answers that lead to another level unless a reason is written', () => {
			const found = issues({ ...withPerson(), severity: 'SEV2', classification: { answers: securityAnswers } });
			expect(found).toEqual([
				{
					path: 'classification',
					message:
						'the recorded answers lead to SEV1 (total-outage: No → security: Yes), but severity is SEV2; say why the level changed in classification.reason',
				},
			]);
			const explained = { answers: securityAnswers, reason: 'Downgraded once logs showed the key was never used.' };
			expect(issues({ ...withPerson(), severity: 'SEV2', classification: explained })).toEqual([]);
		});

		// Answers to another scale's tree: this model's tree asks other questions.
		const stale = { answers: { 'production-down': 'No' } };

		test('checks answers recorded under the scale in use, and keeps those from another scale as a record', () => {
			expect(issues({ ...withPerson(), classification: { ...stale, scale: model.config.preset } })).toEqual([
				{ path: 'classification.answers', message: expect.stringContaining('it does not answer') },
			]);
			expect(issues({ ...withPerson(), classification: { ...stale, scale: 'an-earlier-scale' } })).toEqual([]);
		});

		test('names what a scale may be when it is not a preset name', () => {
			expect(issues({ ...withPerson(), classification: { ...stale, scale: '<b>SEV</b>' } })).toEqual([
				{ path: 'classification.scale', message: expect.stringContaining('lowercase words joined by hyphens') },
			]);
		});

		test('says which question the recorded answers leave out', () => {
			expect(issues({ ...withPerson(), classification: { answers: { 'total-outage': 'No' } } })).toEqual([
				{ path: 'classification.answers', message: expect.stringContaining('it does not answer "security"') },
			]);
		});
	});
});
