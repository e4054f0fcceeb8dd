import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { pageCount, pageOf, pagerNumbers } from '../../../src/domain/archive/paging.ts';

const items = Array.from({ length: 28 }, (_, i) => `pm-${i + 1}`);

describe('pageOf', () => {
	test('cuts a list into pages of the given size, the last one holding the rest', () => {
		expect(pageOf(items, 1, 25)).toMatchObject({ number: 1, count: 2, first: 1, last: 25, total: 28 });
		const last = pageOf(items, 2, 25);
		expect(last).toMatchObject({ number: 2, count: 2, first: 26, last: 28, total: 28 });
		expect(last.items).toEqual(['pm-26', 'pm-27', 'pm-28']);
	});

	test('gives an empty list one empty page, so the archive still has a front page', () => {
		expect(pageOf([], 1, 25)).toEqual({ items: [], number: 1, count: 1, first: 0, last: 0, total: 0 });
	});

	test('refuses pages that do not exist and sizes below one, saying what exists', () => {
		expect(() => pageOf(items, 3, 25)).toThrow('Page 3 does not exist; there are 2 pages');
		expect(() => pageOf(items, 0, 25)).toThrow(/Page 0 does not exist/);
		expect(() => pageCount(10, 0)).toThrow(/at least one item/);
	});

	test('every item lands on exactly one page, in order', () => {
		fc.assert(
			fc.property(fc.array(fc.integer(), { maxLength: 200 }), fc.integer({ min: 1, max: 40 }), (list, size) => {
				const count = pageCount(list.length, size);
				const pages = Array.from({ length: count }, (_, i) => pageOf(list, i + 1, size));
				expect(pages.flatMap((page) => page.items)).toEqual(list);
				expect(pages.every((page, i) => i === count - 1 || page.items.length === size)).toBe(true);
			}),
		);
	});
});

describe('pagerNumbers', () => {
	test('shows every number when there are few pages', () => {
		expect(pagerNumbers(1, 1)).toEqual([1]);
		expect(pagerNumbers(2, 5)).toEqual([1, 2, 3, 4, 5]);
	});

	test('keeps the ends and the neighbours of the current page, with gaps between', () => {
		expect(pagerNumbers(1, 50)).toEqual([1, 2, null, 50]);
		expect(pagerNumbers(25, 50)).toEqual([1, null, 24, 25, 26, null, 50]);
		expect(pagerNumbers(50, 50)).toEqual([1, null, 49, 50]);
	});

	test('shows a lone skipped number instead of a gap', () => {
		expect(pagerNumbers(4, 10)).toEqual([1, 2, 3, 4, 5, null, 10]);
	});

	test('always includes the first, last and current page, ascending', () => {
		fc.assert(
			fc.property(
				fc
					.integer({ min: 1, max: 500 })
					.chain((count) => fc.tuple(fc.integer({ min: 1, max: count }), fc.constant(count))),
				([current, count]) => {
					const numbers = pagerNumbers(current, count).filter((n): n is number => n !== null);
					expect(numbers).toContain(1);
					expect(numbers).toContain(count);
					expect(numbers).toContain(current);
					expect(numbers).toEqual([...new Set(numbers)].sort((a, b) => a - b));
				},
			),
		);
	});
});
