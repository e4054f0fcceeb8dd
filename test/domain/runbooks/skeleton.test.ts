import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { runbookSkeleton, runbookSlug, splitList, toRunbookFile } from '../../../src/domain/runbooks/skeleton.ts';
import { runbookSchema } from '../../../src/schemas/runbook.ts';

const schema = runbookSchema({ levelIds: ['SEV1', 'SEV2', 'SEV3'], runbookRef: z.string() });
const answers = {
	title: 'Search index lag',
	service: 'search',
	owner: 'Discovery',
	severity: ['SEV2'],
	alerts: ['SearchIndexLagHigh'],
	today: '2026-11-24',
};

describe('runbookSlug', () => {
	test('turns a title into a lower-case hyphenated file name', () => {
		expect(runbookSlug('  Redis: cache stampede / invalidation! ')).toBe('redis-cache-stampede-invalidation');
	});
});

describe('splitList', () => {
	test('accepts comma-separated and repeated values alike', () => {
		expect(splitList(['SEV1, SEV2', 'SEV3', ' '])).toEqual(['SEV1', 'SEV2', 'SEV3']);
	});
});

describe('runbookSkeleton', () => {
	test('writes a file whose frontmatter passes the schema as a draft', () => {
		const file = toRunbookFile(runbookSkeleton(answers));
		const frontmatter = parse(/^---\n([\s\S]*?)---\n$/.exec(file)![1]!);
		const parsed = schema.parse(frontmatter);
		expect(parsed).toMatchObject({
			title: 'Search index lag',
			service: 'search',
			owner: 'Discovery',
			draft: true,
			alerts: ['SearchIndexLagHigh'],
		});
		expect(parsed.lastReviewed.toISOString().slice(0, 10)).toBe('2026-11-24');
	});

	test('marks every section the author must write, and the command does nothing if pasted', () => {
		const skeleton = runbookSkeleton(answers);
		const prompts = [
			skeleton.impact,
			...skeleton.prerequisites,
			...skeleton.recovery,
			...skeleton.diagnosis.flatMap((d) => [d.check, d.expect]),
		];
		for (const text of prompts) expect(text).toMatch(/^Draft: /);
		for (const option of skeleton.mitigation) {
			const { where, access } = option.command;
			for (const text of [option.option, option.when, option.verify, option.undo, where, access])
				expect(text).toMatch(/^Draft: /);
			expect(option.command.run).toMatch(/^# Draft: /);
		}
	});
});
