import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { escapeExcerptAmpersands } from '../../scripts/lib/build/search-index.ts';

function siteWith(code: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'handbook-pagefind-'));
	mkdirSync(join(dir, 'pagefind'));
	for (const file of ['pagefind.js', 'pagefind-worker.js']) writeFileSync(join(dir, 'pagefind', file), code);
	return dir;
}

const read = (dir: string) => readFileSync(join(dir, 'pagefind', 'pagefind.js'), 'utf8');

describe('escapeExcerptAmpersands', () => {
	test('makes the excerpt escape & before < and >, once however often it runs', () => {
		const dir = siteWith('x;fragment.raw_content=fragment.content.replace(/</g,"&lt;").replace(/>/g,"&gt;");y');
		escapeExcerptAmpersands(join(dir, 'pagefind'));
		escapeExcerptAmpersands(join(dir, 'pagefind'));
		expect(read(dir)).toBe(
			'x;fragment.raw_content=fragment.content.replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;");y',
		);
	});

	test('stops the build when Pagefind builds excerpts some other way', () => {
		const dir = siteWith('fragment.raw_content=escape(fragment.content)');
		expect(() => escapeExcerptAmpersands(join(dir, 'pagefind'))).toThrow(/no longer builds excerpts the way/);
	});

	test("applies to this project's Pagefind", async () => {
		const { createIndex, close } = await import('pagefind');
		const dir = mkdtempSync(join(tmpdir(), 'handbook-pagefind-real-'));
		try {
			const { index } = await createIndex();
			await index!.addHTMLFile({
				url: '/a/',
				content: '<html><body><main><h1>A</h1><p>x &amp;lt; y</p></main></body></html>',
			});
			await index!.writeFiles({ outputPath: join(dir, 'pagefind') });
		} finally {
			await close();
		}
		escapeExcerptAmpersands(join(dir, 'pagefind'));
		expect(read(dir)).toContain('fragment.content.replace(/&/g,"&amp;").replace(/</g,"&lt;")');
	});
});
