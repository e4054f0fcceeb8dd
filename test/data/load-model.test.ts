import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadModel, ModelError } from '../../src/data/load-model.ts';

/** A copy of the real model with one fixture's files laid over it. */
function modelWith(fixture: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'model-'));
	cpSync('content/model', dir, { recursive: true });
	cpSync(join('test/fixtures/broken-model', fixture), dir, { recursive: true });
	return dir;
}

function problemsOf(fixture: string): string {
	try {
		loadModel(modelWith(fixture));
	} catch (error) {
		expect(error).toBeInstanceOf(ModelError);
		return (error as ModelError).message;
	}
	throw new Error(`fixture "${fixture}" loaded without an error`);
}

describe('loadModel', () => {
	test('loads the shipped model with four levels whose roles all exist', () => {
		const model = loadModel();
		expect(model.levels.map((l) => l.id)).toEqual(['SEV1', 'SEV2', 'SEV3', 'SEV4']);
		const roleIds = model.roles.map((r) => r.id);
		expect(model.levels.flatMap((l) => l.roles).every((r) => roleIds.includes(r))).toBe(true);
	});

	test('parses durations into minutes', () => {
		const sev2 = loadModel().levels.find((l) => l.id === 'SEV2')!;
		expect(sev2.updates.internal).toEqual({ text: '30m', minutes: 30 });
		expect(sev2.targets.mitigate).toEqual({ text: '4h', minutes: 240 });
	});

	test('names the file and field of a missing required field', () => {
		const message = problemsOf('missing-field');
		expect(message).toMatch(/presets\/sev1-sev4\/levels\.yaml: levels\[1\]\.impact: missing required field/);
	});

	test('lists the allowed values for a wrong enum value', () => {
		const message = problemsOf('wrong-enum');
		expect(message).toMatch(/levels\.yaml: levels\[2\]\.coverage: .*allowed: "24\/7", "business-hours"/);
	});

	test('rejects a level that staffs a role the model does not define', () => {
		const message = problemsOf('unknown-role');
		expect(message).toMatch(
			/levels\.yaml: levels\[1\]\.roles\[2\]: unknown role "janitor"; expected one of "incident-commander"/,
		);
	});

	test('rejects two levels with the same id', () => {
		expect(problemsOf('duplicate-level')).toMatch(/levels\.yaml: levels: duplicate level id "SEV2"/);
	});

	test('rejects a level example that the decision tree puts at another level, showing the path', () => {
		expect(problemsOf('miscalibrated-example')).toMatch(
			/levels\.yaml: levels\[1\]\.examples\[0\]: "Search returns errors for everyone" is an example of SEV2, but the decision tree puts it at SEV1 \(total-outage: Yes\)/,
		);
	});

	test('rejects a level example that leaves a question on its path unanswered', () => {
		expect(problemsOf('unanswered-example')).toMatch(
			/levels\.yaml: levels\[1\]\.examples\[1\]\.answers: "About a third of logins fail": it does not answer "data-loss"/,
		);
	});

	test('rejects a decision tree that loops, showing the loop', () => {
		expect(problemsOf('tree-loop')).toMatch(
			/decision-tree\.yaml: questions\.outage: the tree loops: outage → degraded → outage/,
		);
	});

	test('rejects a decision tree in which no answer reaches a level', () => {
		expect(problemsOf('tree-no-level')).toMatch(
			/decision-tree\.yaml: questions: no answer in the tree leads to a level/,
		);
	});

	test('rejects a tree answer that names a level outside the scale', () => {
		expect(problemsOf('tree-unknown-level')).toMatch(
			/questions\[0\]\.answers\[0\]\.level: unknown level "SEV0"; expected one of "SEV1", "SEV2", "SEV3", "SEV4"/,
		);
	});

	test('rejects an unknown preset and lists the presets that exist', () => {
		expect(problemsOf('unknown-preset')).toMatch(
			/model\.yaml: preset: unknown preset "sev5-sev9"; allowed: .*"sev0-sev3".*"sev1-sev4"/,
		);
	});
});
