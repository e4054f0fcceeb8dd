import { describe, expect, test } from 'vitest';
import { toAnnotation, toPlainLine } from '../../scripts/lib/ci-annotations.ts';
import type { ContentProblem } from '../../scripts/lib/content-errors.ts';

const owner: ContentProblem = {
	kind: 'frontmatter',
	file: 'content/postmortems/2025-03-15-gateway-route-config-outage.mdx',
	line: 92,
	field: 'actionItems[2].owner',
	message: 'every action item needs an owner',
};

describe('toAnnotation', () => {
	test('writes the error command GitHub shows on the file and line', () => {
		expect(toAnnotation(owner)).toBe(
			'::error file=content/postmortems/2025-03-15-gateway-route-config-outage.mdx,line=92,title=Invalid field::actionItems[2].owner: every action item needs an owner',
		);
	});

	test('escapes what would end a property or the message early', () => {
		const odd = toAnnotation({ kind: 'model', file: 'content/model/a,b.yaml', message: '100% sure\nsecond line' });
		expect(odd).toBe('::error file=content/model/a%2Cb.yaml,title=Incident model::100%25 sure%0Asecond line');
	});

	test('a problem without a file still becomes an error', () => {
		expect(toAnnotation({ kind: 'other', message: 'astro sync failed' })).toBe(
			'::error title=Content check failed::astro sync failed',
		);
	});
});

describe('toPlainLine', () => {
	test('reads file:line: field: message, as editors open it', () => {
		expect(toPlainLine(owner)).toBe(
			'content/postmortems/2025-03-15-gateway-route-config-outage.mdx:92: actionItems[2].owner: every action item needs an owner',
		);
		expect(toPlainLine({ kind: 'body', file: 'a.mdx', line: 3, field: 'body', message: 'code' })).toBe(
			'a.mdx:3: body: code',
		);
	});
});
