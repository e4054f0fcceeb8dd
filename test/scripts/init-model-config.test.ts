import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { planConfig } from '../../scripts/lib/init/model-config.ts';

const shipped = `# yaml-language-server: $schema=../../public/schemas/model-config.schema.json
# The severity scale this handbook uses: the name of a folder in content/model/presets/.
preset: sev1-sev4 # the default
organization: Northwind Cloud
repository: https://github.com/northwind-cloud/incident-handbook
branch: main
# Post-mortems per page of the archive index.
archivePageSize: 25
`;
const presets = ['sev0-sev3', 'sev1-sev4'];

describe('planConfig', () => {
	test('writes only the values that change and keeps every comment and the schema line', () => {
		const plan = planConfig(shipped, { organization: 'Acme: Payments', preset: 'sev0-sev3', branch: 'main' }, presets);
		expect(plan.ok && plan.changes.map((c) => c.field)).toEqual(['organization', 'preset']);
		expect(plan.ok && plan.text).toBe(
			shipped.replace('preset: sev1-sev4 #', 'preset: sev0-sev3 #').replace('Northwind Cloud', '"Acme: Payments"'),
		);
	});

	test('answers equal to the file change nothing, so a second run leaves it byte for byte', () => {
		const first = planConfig(shipped, { organization: 'Acme' }, presets);
		const second = first.ok ? planConfig(first.text, { organization: 'Acme', preset: 'sev1-sev4' }, presets) : first;
		expect(second).toEqual({ ok: true, text: first.ok ? first.text : '', changes: [] });
	});

	test('"none" for the repository removes the line', () => {
		const plan = planConfig(shipped, { repository: null }, presets);
		expect(plan.ok && plan.text).not.toContain('repository:');
	});

	test('checks answers with the schema the build uses and names every problem', () => {
		const plan = planConfig(
			shipped,
			{ organization: ' ', repository: 'github.com/acme/handbook', preset: 'sev5' },
			presets,
		);
		expect(plan.ok).toBe(false);
		expect(!plan.ok && plan.problems).toEqual([
			expect.stringMatching(/^organization: /),
			expect.stringMatching(/^repository: expected .*got "github.com\/acme\/handbook"/),
			'preset: no folder content/model/presets/sev5/; choose one of "sev0-sev3", "sev1-sev4"',
		]);
	});

	test('the shipped model.yaml reads as valid', () => {
		const text = readFileSync('content/model/model.yaml', 'utf8');
		expect(planConfig(text, {}, presets)).toMatchObject({ ok: true, changes: [] });
	});
});
