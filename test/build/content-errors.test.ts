import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { copyProject } from '../support/project-copy.ts';
import { syncContent } from '../support/sync-content.ts';

function syncWithPage(fixture: string) {
	const project = copyProject();
	project.write(`content/docs/${fixture}`, readFileSync(`test/fixtures/broken-pages/${fixture}`, 'utf8'));
	return syncContent(project.root);
}

describe('a handbook page with broken frontmatter fails the build', () => {
	test('a date that is not YYYY-MM-DD names the file, the field and the expected form', () => {
		const { ok, output } = syncWithPage('bad-date.mdx');
		expect(ok).toBe(false);
		expect(output).toContain('content/docs/bad-date.mdx');
		expect(output).toMatch(/reviewed: expected a real calendar date written as YYYY-MM-DD.*got "15\/03\/2025"/);
	});

	test('a missing description says what the field is for', () => {
		const { ok, output } = syncWithPage('missing-description.mdx');
		expect(ok).toBe(false);
		expect(output).toContain('content/docs/missing-description.mdx');
		expect(output).toMatch(/description: /);
	});

	test('an unknown template lists the allowed ones', () => {
		const { ok, output } = syncWithPage('wrong-template.mdx');
		expect(ok).toBe(false);
		expect(output).toContain('content/docs/wrong-template.mdx');
		expect(output).toMatch(/template: .*"doc".*"splash"/);
	});
});

describe('a broken incident model fails the build', () => {
	test('the build stops with the model problem, file and field', () => {
		const project = copyProject();
		project.edit('content/model/presets/sev1-sev4/levels.yaml', (text) =>
			text.replace('notification: notify', 'notification: carrier-pigeon'),
		);
		const { ok, output } = syncContent(project.root);
		expect(ok).toBe(false);
		expect(output).toMatch(/levels\.yaml: levels\[2\]\.notification: .*allowed: "page", "notify", "ticket"/);
	});
});
