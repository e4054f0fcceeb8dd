import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { copyProject } from '../support/project-copy.ts';
import { buildSite } from '../support/build-site.ts';

const DIR = 'content/postmortems';
const withNotes = readdirSync(DIR).find((file) => readFileSync(join(DIR, file), 'utf8').split(/^---$/m)[2]!.trim())!;

describe('post-mortems and runbooks written in plain Markdown', () => {
	test('build without an MDX module each, while one that uses a component still gets it', { timeout: 240_000 }, () => {
		const project = copyProject();
		const [, frontmatter] = readFileSync(join(DIR, withNotes), 'utf8').split(/^---$/m);
		const component = '2025-06-01-notes-with-an-aside.mdx';
		project.write(
			join(DIR, component),
			`---${frontmatter}---\n\nimport { Aside } from '@astrojs/starlight/components';\n\n<Aside type="caution">Check the replica lag before promoting.</Aside>\n`,
		);
		const outDir = mkdtempSync(join(tmpdir(), 'handbook-markdown-first-'));
		const build = buildSite(project.root, outDir);
		expect(build.ok, build.output).toBe(true);

		const modules = readFileSync(join(project.root, '.astro/content-modules.mjs'), 'utf8');
		const mdxModules = [...modules.matchAll(/^\["(content\/(?:postmortems|runbooks)\/[^"]+)"/gm)].map((m) => m[1]);
		expect(mdxModules).toEqual([`${DIR}/${component}`]);

		const asideHtml = readFileSync(join(outDir, 'archive', component.replace('.mdx', ''), 'index.html'), 'utf8');
		expect(asideHtml).toMatch(/class="starlight-aside[^"]*"[\s\S]*Check the replica lag before promoting\./);
		const notes = readFileSync(join(DIR, withNotes), 'utf8').split(/^---$/m)[2]!.trim().split('\n')[0]!;
		const plainHtml = readFileSync(join(outDir, 'archive', withNotes.replace(/\.mdx?$/, ''), 'index.html'), 'utf8');
		expect(plainHtml).toContain(notes.split(' ').slice(0, 6).join(' '));
		expect(readFileSync(join(outDir, 'runbooks/disk-full/index.html'), 'utf8')).toContain('class="expressive-code');
	});
});
