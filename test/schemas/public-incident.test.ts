import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
	figureSpans,
	publicIncidentSchema,
	unsourcedNumbers,
	webAddressSchema,
} from '../../src/schemas/public-incident.ts';

const dir = 'content/public-incidents';
const shipped = readdirSync(dir)
	.filter((file) => file.endsWith('.yaml'))
	.map((file) => ({ id: file.replace(/\.yaml$/, ''), data: parse(readFileSync(join(dir, file), 'utf8')) }));

const page = 'https://example.com/post-incident-review';

function valid() {
	return {
		company: 'Example Corp',
		title: 'Cache flush took the storefront down',
		date: '2024-05-01',
		duration: { minutes: 42, source: page },
		trigger: 'operation',
		summary: 'A cache flush ran on every node at once and 70% of requests failed until 10:42 UTC.',
		sources: [
			{ figure: '70%', source: page },
			{ figure: '10:42 UTC', source: page },
		],
		changes: [{ change: 'Flushes now run one zone at a time.', source: page }],
		source: page,
	};
}

function problems(input: unknown) {
	const result = publicIncidentSchema.safeParse(input);
	if (result.success) throw new Error('expected the entry to be rejected');
	return result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

describe.runIf(shipped.length > 0)('the shipped public incidents', () => {
	test.each(shipped)('$id is valid', ({ data }) => {
		const result = publicIncidentSchema.safeParse(data);
		expect(result.success ? [] : result.error.issues).toEqual([]);
	});

	test.each(shipped)('$id names a source for its duration and for every change', ({ data }) => {
		const incident = publicIncidentSchema.parse(data);
		expect(incident.duration.source).toMatch(/^https:\/\//);
		for (const item of incident.changes) expect(item.source).toMatch(/^https:\/\//);
	});
});

describe('publicIncidentSchema', () => {
	test('accepts a complete entry', () => {
		const incident = publicIncidentSchema.parse(valid());
		expect(incident.date).toEqual(new Date('2024-05-01T00:00:00Z'));
		expect(incident.duration).toEqual({ minutes: 42, source: page });
	});

	test('lets an entry with no numbers in its summary leave out sources', () => {
		const { sources: _sources, ...rest } = valid();
		expect(publicIncidentSchema.parse({ ...rest, summary: 'A cache flush ran everywhere at once.' }).sources).toEqual(
			[],
		);
	});

	test('keeps a note on what the duration measured', () => {
		const note = 'From the first error to the last node back in service.';
		expect(
			publicIncidentSchema.parse({ ...valid(), duration: { minutes: 42, source: page, note } }).duration.note,
		).toBe(note);
	});

	test('rejects the old shape: a bare duration in minutes and changes without sources', () => {
		const { duration: _duration, ...rest } = valid();
		const found = problems({ ...rest, durationMinutes: 42, changes: ['Flushes now run one zone at a time.'] });
		expect(found.map((p) => p.path)).toEqual(expect.arrayContaining(['duration', 'changes.0', '']));
	});

	test('rejects a duration without a source', () => {
		expect(problems({ ...valid(), duration: { minutes: 42 } }).map((p) => p.path)).toEqual(['duration.source']);
	});

	test('rejects a change without a source', () => {
		const found = problems({ ...valid(), changes: [{ change: 'Flushes now run one zone at a time.' }] });
		expect(found.map((p) => p.path)).toEqual(['changes.0.source']);
	});

	test.each([
		['source', (v: ReturnType<typeof valid>, url: string) => ({ ...v, source: url })],
		[
			'duration.source',
			(v: ReturnType<typeof valid>, url: string) => ({ ...v, duration: { minutes: 1, source: url } }),
		],
		[
			'changes.0.source',
			(v: ReturnType<typeof valid>, url: string) => ({ ...v, changes: [{ change: 'A change.', source: url }] }),
		],
		[
			'sources.0.source',
			(v: ReturnType<typeof valid>, url: string) => ({ ...v, sources: [{ figure: '70%', source: url }, v.sources[1]] }),
		],
	])('rejects a non-web address in %s and says which protocols are allowed', (path, withUrl) => {
		for (const url of [
			'javascript:alert(1)',
			'file:///etc/passwd',
			'ftp://example.com/report',
			'mailto:sre@example.com',
		]) {
			expect(problems(withUrl(valid(), url))).toEqual([
				{ path, message: `expected an http: or https: address; got "${url}"` },
			]);
		}
	});

	test('rejects text that is not an address at all', () => {
		expect(problems({ ...valid(), source: 'the AWS blog' })).toEqual([
			{ path: 'source', message: 'expected a web address such as https://example.com/post-incident-review' },
		]);
	});

	test('rejects a number in the summary that names no source', () => {
		const found = problems({ ...valid(), sources: [valid().sources[0]] });
		expect(found).toEqual([
			{
				path: 'summary',
				message: 'the summary\'s number "10:42" names no source: add it to sources as { figure, source }, or remove it',
			},
		]);
	});

	test('rejects a cited figure the summary does not contain', () => {
		const found = problems({ ...valid(), sources: [...valid().sources, { figure: '8.5 million', source: page }] });
		expect(found).toEqual([
			{
				path: 'sources.2.figure',
				message: '"8.5 million" does not appear in the summary; write it exactly as the summary does',
			},
		]);
	});

	test('rejects a figure in the title', () => {
		expect(problems({ ...valid(), title: '43-second partition' })[0]!.path).toBe('title');
	});

	test('every field carries a description', () => {
		const described = (schema: z.ZodType, path: string): string[] => {
			const missing = schema.description ? [] : [path];
			const inner = schema instanceof z.ZodDefault ? schema.unwrap() : schema;
			if (inner instanceof z.ZodObject) {
				return [
					...missing,
					...Object.entries(inner.shape as Record<string, z.ZodType>).flatMap(([key, field]) =>
						described(field, `${path}.${key}`),
					),
				];
			}
			if (inner instanceof z.ZodArray) return [...missing, ...described(inner.element as z.ZodType, `${path}[]`)];
			return missing;
		};
		const shape = publicIncidentSchema.shape as Record<string, z.ZodType>;
		expect(Object.entries(shape).flatMap(([key, field]) => described(field, key))).toEqual([]);
	});
});

describe('unsourcedNumbers', () => {
	test('finds counts, decimals, thousands, percentages and clock times', () => {
		expect(
			unsourcedNumbers('775 customers, 8.5 million devices, 5,000 projects, 85% of traffic, at 04:09 UTC', []),
		).toEqual(['775', '8.5', '5,000', '85', '04:09']);
	});

	test('leaves names that contain digits alone', () => {
		expect(unsourcedNumbers('S3 in us-east-1 returned 5xx errors over 100G links', [])).toEqual([]);
	});

	test('counts a number as sourced only where a cited figure covers it', () => {
		const cited = [{ figure: '5,000 projects', source: page }];
		expect(unsourcedNumbers('5,000 projects and 5,000 comments', cited)).toEqual(['5,000']);
	});
});

describe('figureSpans', () => {
	test('returns the first place each figure appears, in reading order, without overlaps', () => {
		const text = 'From 04:09 to 05:27 UTC, about 8.5 million devices; 8.5 million is an estimate.';
		const spans = figureSpans(text, [
			{ figure: '8.5 million', source: page },
			{ figure: '04:09 to 05:27 UTC', source: page },
			{ figure: '05:27', source: page },
		]);
		expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['04:09 to 05:27 UTC', '8.5 million']);
	});
});

describe('webAddressSchema', () => {
	test('accepts http and https addresses', () => {
		expect(webAddressSchema.parse('http://example.com/')).toBe('http://example.com/');
		expect(webAddressSchema.parse(page)).toBe(page);
	});
});
