import { describe, expect, test } from 'vitest';
import {
	formatDay,
	InvalidBuildDateError,
	isCalendarDate,
	parseCalendarDate,
	resolveBuildDate,
	shiftDay,
} from '../../../src/domain/time/calendar.ts';

describe('parseCalendarDate', () => {
	test('reads a real day as its UTC midnight', () => {
		expect(parseCalendarDate('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
	});

	test.each(['2025-02-29', '2025-13-01', '2025-04-31', '15/03/2025', '2025-3-5', '2025-03-15T10:00', ''])(
		'refuses %j',
		(text) => {
			expect(parseCalendarDate(text)).toBeNull();
			expect(isCalendarDate(text)).toBe(false);
		},
	);
});

describe('formatDay and shiftDay', () => {
	test('write the UTC day of a moment and move across month and year ends', () => {
		expect(formatDay(new Date('2025-03-15T23:59:00Z'))).toBe('2025-03-15');
		expect(shiftDay('2025-12-31', 1)).toBe('2026-01-01');
		expect(shiftDay('2024-03-01', -1)).toBe('2024-02-29');
	});
});

describe('resolveBuildDate', () => {
	test('uses the given YYYY-MM-DD date at UTC midnight', () => {
		expect(resolveBuildDate('2026-11-24').toISOString()).toBe('2026-11-24T00:00:00.000Z');
	});

	test('falls back to the UTC calendar day of now when no date is given', () => {
		const now = new Date('2026-11-24T23:30:00-05:00');
		expect(formatDay(resolveBuildDate(undefined, now))).toBe('2026-11-25');
		expect(formatDay(resolveBuildDate('  ', now))).toBe('2026-11-25');
	});

	test.each(['24/11/2026', '2026-02-30', '2026-11-24T10:00'])(
		'refuses "%s" with a message showing the expected form',
		(text) => {
			expect(() => resolveBuildDate(text)).toThrow(InvalidBuildDateError);
			expect(() => resolveBuildDate(text)).toThrow(/YYYY-MM-DD.*got/);
		},
	);
});
