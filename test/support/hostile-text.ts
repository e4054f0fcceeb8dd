import fc from 'fast-check';

/**
 * Text that has broken handbooks, chat tools and static sites: markup that would run if it were ever
 * read as code, characters each output format gives a meaning to, and text that is merely unusual. Every
 * `__tripwire` call would run only if a page or tool executed typed text; end-to-end tests define it.
 */
export const HOSTILE_FRAGMENTS = {
	entities: ['&lt;b&gt; &amp; &#x3C; &quot; &nbsp; &copy'],
	html: [
		'<img src=x onerror=__tripwire(1)>',
		'<script>__tripwire(2)</script>',
		'<svg onload=__tripwire(3)>',
		'"><img src=x onerror=__tripwire(4)>',
		"'><b onmouseover=__tripwire(5)>x</b>",
		'<a href="javascript:__tripwire(6)">click</a>',
		'<!-- c -->',
	],
	breakouts: ['</title><script>__tripwire(7)</script>', '</script><script>__tripwire(8)</script>', '</textarea>'],
	mdx: [
		'export const x = 1',
		'export jobs were delayed by three hours',
		"import x from 'y'",
		'import',
		'{__tripwire(9)}',
		'{/* hidden */}',
		'<Aside>hi</Aside>',
		'<https://example.com>',
		'a < b > c { d } e',
	],
	markdown: [
		'*bold*',
		'_em_',
		'**x**',
		'# heading',
		'---',
		'- item',
		'1. item',
		'> quote',
		'| a | b |',
		'`code`',
		'```',
		'[x](javascript:__tripwire(10))',
		'![i](x)',
		'\\',
		'www.example.com',
		'ops@example.com',
		'~~gone~~',
	],
	slack: ['<!channel>', '<@U123>', '<#C1|ops>', '*b*', '_i_', '~s~'],
	yaml: [
		'---',
		'key: value',
		': ',
		' #',
		'#',
		'&anchor',
		'*alias',
		'!tag',
		'!!python/object',
		'yes',
		'no',
		'on',
		'null',
		'~',
		'2025-03-15',
		'%YAML',
		'@',
		'`',
		'|',
		'>',
		"'",
		'"',
		'- ',
	],
	urls: [
		'javascript:__tripwire(11)',
		'data:text/html,<script>__tripwire(12)</script>',
		'vbscript:msgbox(1)',
		'JaVaScRiPt:__tripwire(13)',
		'https://example.com/a_b*c',
	],
	unusual: [
		'שלום עולם',
		'خطأ في الدفع',
		'\u202Eevil\u202C',
		'😀',
		'👩🏽‍💻',
		'🚀🔥',
		'\u200B',
		'\u200D',
		'\uFEFF',
		'\u0007',
		'\u001B[31m',
		'\t',
		'é',
		'ß',
		'日本語',
		'"quotes" and \'apostrophes\'',
		'-- and ---',
		'...',
	],
} as const;

const fragment = fc.constantFrom(...Object.values(HOSTILE_FRAGMENTS).flat());

/** Hostile text: fragments and arbitrary characters mixed, on one line or several. */
export const hostileText = (options: { maxParts?: number; lines?: boolean } = {}) =>
	fc
		.array(
			fc.oneof(
				{ weight: 3, arbitrary: fragment },
				fc.string({ maxLength: 12 }),
				fc.string({ unit: 'grapheme', maxLength: 8 }),
			),
			{
				minLength: 1,
				maxLength: options.maxParts ?? 6,
			},
		)
		.chain((parts) =>
			fc
				.array(fc.constantFrom(' ', options.lines ? '\n' : ' ', options.lines ? '\n\n' : ' ', ''), {
					minLength: parts.length,
					maxLength: parts.length,
				})
				.map((gaps) => parts.map((p, i) => `${gaps[i]}${p}`).join('')),
		);

/** Text with something visible left after the tools trim it, for required fields. */
export const hostileRequiredText = (options?: Parameters<typeof hostileText>[0]) =>
	hostileText(options).map((text) => `${text} x`);

/** Very long text, as from a huge paste. */
export const longText = fc
	.constantFrom(...Object.values(HOSTILE_FRAGMENTS).flat())
	.map((f) => `${`${f} `.repeat(4000)}x`);

/** Service ids as the schema allows them. */
export const serviceId = fc
	.array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 3 })
	.chain((parts) => fc.constantFrom('-', '.', '_').map((sep) => parts.join(sep)));
