import { describe, expect, test } from 'vitest';
import { fromNow, timeOf } from '../../../src/domain/time/relative.ts';

const T0 = Date.UTC(2026, 2, 15, 14, 0);
const MINUTE = 60_000;

describe('timeOf', () => {
	test('gives the clock on the same UTC day and the date otherwise', () => {
		expect(timeOf(T0, T0 + 5 * MINUTE)).toBe('14:00 UTC');
		expect(timeOf(T0, T0 + 24 * 60 * MINUTE)).toBe('2026-03-15 14:00 UTC');
	});
});

describe('fromNow', () => {
	test('writes spans the handbook way, either side of now', () => {
		expect(fromNow(T0 - 65 * MINUTE, T0)).toBe('1 hour 5 minutes ago');
		expect(fromNow(T0 + 5 * MINUTE, T0)).toBe('in 5 minutes');
	});
});
