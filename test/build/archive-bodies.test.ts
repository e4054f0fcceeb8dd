import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { buildSite } from '../support/build-site.ts';
import { copyProject } from '../support/project-copy.ts';
import { syncContent } from '../support/sync-content.ts';

const DIR = 'content/postmortems';
// From a fixture, not a sample a fork may have removed: owned by a person and citing no runbook, so it
// builds in any fork.
const fixture = parse(readFileSync('test/fixtures/postmortems/valid.yaml', 'utf8')) as {
	actionItems: Record<string, unknown>[];
};
const frontmatter = `\n${stringify({
	...fixture,
	actionItems: fixture.actionItems.map((item) => ({ ...item, owner: 'Fixture Owner' })),
	runbooks: [],
})}`;

describe('a post-mortem whose notes would be read as code', () => {
	test.each([
		['an export statement', 'A first paragraph.\n\nexport const hidden = 1\n', 3, /import or export statement/],
		['a component', 'Careful:\n\n<Aside>Check lag</Aside>\n', 3, /component or HTML tag/],
		[
			'a sentence MDX reads as a module',
			'All fine.\n\nexport jobs were delayed by three hours.\n',
			3,
			/MDX cannot read it as text/,
		],
	])('stops the build with %s, naming the file and the line', (_, body, bodyLine, problem) => {
		const project = copyProject();
		const file = `${DIR}/2025-06-01-notes-with-code.mdx`;
		project.write(file, `---${frontmatter}---\n\n${body}`);
		const { ok, output } = syncContent(project.root);
		expect(ok).toBe(false);
		// The body starts two lines below the closing ---.
		const line = `---${frontmatter}---`.split('\n').length + 1 + bodyLine;
		expect(output).toContain(`${file}:${line}: body:`);
		expect(output).toMatch(problem);
	});
});

describe('post-mortem notes', () => {
	test('render as typed and need no MDX module each, so a large archive builds fast', { timeout: 240_000 }, async () => {
		const project = copyProject();
		const file = '2025-06-02-typed-notes.mdx';
		project.write(join(DIR, file), `---${frontmatter}---\n\n"Straight" quotes -- and --- stay \\<!-- as typed -->.\n`);
		const outDir = mkdtempSync(join(tmpdir(), 'handbook-archive-bodies-'));
		const build = await buildSite(project.root, outDir);
		expect(build.ok, build.output).toBe(true);

		const modules = readFileSync(join(project.root, '.astro/content-modules.mjs'), 'utf8');
		expect(modules).not.toMatch(/content\/postmortems\//);
		const html = readFileSync(join(outDir, 'archive', file.replace('.mdx', ''), 'index.html'), 'utf8');
		expect(html).toContain('<p>"Straight" quotes -- and --- stay &#x3C;!-- as typed -->.</p>');
	});
});
