import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { copyProject } from '../support/project-copy.ts';
import { buildSite } from '../support/build-site.ts';

describe('switching to the SEV0-SEV3 preset', () => {
	test('is one changed line in content/model/model.yaml, and the matrix follows', async () => {
		const project = copyProject();
		let changedLines = 0;
		project.edit('content/model/model.yaml', (text) =>
			text
				.split('\n')
				.map((line) => (line === 'preset: sev1-sev4' ? (changedLines++, 'preset: sev0-sev3') : line))
				.join('\n'),
		);
		expect(changedLines).toBe(1);

		const outDir = mkdtempSync(join(tmpdir(), 'handbook-preset-'));
		const build = await buildSite(project.root, outDir);
		expect(build.ok, build.output).toBe(true);

		const matrix = readFileSync(join(outDir, 'severity/index.html'), 'utf8');
		const rows = [...matrix.matchAll(/<tr id="(sev\d)"/g)].map((m) => m[1]);
		expect(rows).toEqual(['sev0', 'sev1', 'sev2', 'sev3']);
		expect(matrix).toContain('P0');
		expect(matrix).not.toContain('id="sev4"');

		const tree = parse(readFileSync(join(project.root, 'content/model/presets/sev0-sev3/decision-tree.yaml'), 'utf8'));
		const firstQuestion = tree.questions.find((q: { id: string }) => q.id === tree.start).text;
		const shownFirst = matrix.match(
			/data-testid="decision-tree"[\s\S]*?class="decision-tree__question[^"]*">([^<]+)</,
		)?.[1];
		expect(shownFirst).toBe(firstQuestion);

		const classifier = readFileSync(join(outDir, 'tools/classify/index.html'), 'utf8');
		expect(classifier.match(/<legend>[\s\S]*?<\/legend>/)?.[0]).toContain(firstQuestion);
		expect(classifier.match(/<noscript>[\s\S]*?<\/noscript>/)?.[0]).toContain('href="/severity/#sev0"');
		expect(classifier).not.toContain('SEV4');
	});
});
