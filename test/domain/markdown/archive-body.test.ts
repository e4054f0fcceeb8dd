import { describe, expect, test } from 'vitest';
import { archiveBodyHtml, readArchiveBody } from '../../../src/domain/markdown/archive-body.ts';

function html(body: string, syntax: 'md' | 'mdx' = 'mdx'): string {
	const read = readArchiveBody(body, syntax);
	if (!read.ok) throw new Error(read.problem);
	return archiveBodyHtml(read.tree);
}

describe('readArchiveBody', () => {
	test.each([
		['an export statement', 'Notes\n\nexport const x = 1\n', 3, /import or export statement/],
		['an import statement', "import { Aside } from '@astrojs/starlight/components'\n", 1, /import or export statement/],
		['a component', 'Careful:\n\n<Aside type="caution">Check lag</Aside>\n', 3, /component or HTML tag/],
		['an expression', 'The answer is {40 + 2}.', 1, /expression/],
		['a javascript: link', 'See [the ticket](javascript:alert(1)).', 1, /link "javascript:alert\(1\)" is not allowed/],
		['a link whose scheme hides a tab', 'See [x](java&#x09;script:alert(1)).', 1, /not allowed/],
		['a data: image', '![x](data:image/png;base64,AAAA)', 1, /not allowed/],
	])('refuses %s in an .mdx body, naming the line', (_, body, line, problem) => {
		const read = readArchiveBody(body, 'mdx');
		expect(read.ok).toBe(false);
		if (read.ok) return;
		expect(read.line).toBe(line);
		expect(read.problem).toMatch(problem);
	});

	test('refuses a sentence MDX cannot read as text, with a way to write it', () => {
		const read = readArchiveBody('export jobs were delayed by three hours', 'mdx');
		expect(read).toMatchObject({ ok: false, line: 1 });
		expect(!read.ok && read.problem).toMatch(/&#x65;/);
	});

	test('refuses raw HTML in a plain Markdown body', () => {
		expect(readArchiveBody('Before\n\n<script>alert(1)</script>\n', 'md')).toMatchObject({ ok: false, line: 3 });
		expect(readArchiveBody('Inline <b onmouseover="x()">text</b>', 'md')).toMatchObject({ ok: false, line: 1 });
	});

	test('accepts Markdown with links written as links, lists and tables', () => {
		expect(html('See [the ticket](https://tracker.example.com/OPS-1) and [the runbook](/runbooks/disk-full/).')).toBe(
			'<p>See <a href="https://tracker.example.com/OPS-1">the ticket</a> and <a href="/runbooks/disk-full/">the runbook</a>.</p>',
		);
		expect(html('- one\n- two')).toContain('<li>one</li>');
		expect(html('| a | b |\n| - | - |\n| 1 | 2 |')).toContain('<td>1</td>');
	});
});

describe('archiveBodyHtml', () => {
	test('keeps quotes, dashes and comments as typed', () => {
		expect(html('"straight" \'quotes\' -- and --- and ... \\<!-- c -->')).toBe(
			'<p>"straight" \'quotes\' -- and --- and ... &#x3C;!-- c --></p>',
		);
	});

	test('leaves an address in running text as text, even where GFM would link it', () => {
		expect(html('see \\<https\\://example.com> or www.example.com or ops@example.com')).toBe(
			'<p>see &#x3C;https://example.com> or www.example.com or ops@example.com</p>',
		);
	});

	test('keeps an autolink written as one in plain Markdown', () => {
		expect(html('see <https://example.com>', 'md')).toBe(
			'<p>see <a href="https://example.com">https://example.com</a></p>',
		);
	});
});
