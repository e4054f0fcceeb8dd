import { describe, expect, test } from 'vitest';
import {
	InvalidBuildDateError,
	describeInterval,
	formatDay,
	resolveBuildDate,
	reviewStatus,
} from '../../../src/domain/runbooks/review.ts';
import { durationSchema } from '../../../src/schemas/duration.ts';

const day = (text: string) => resolveBuildDate(text);
const every = (text: string) => durationSchema.parse(text);

describe('reviewStatus', () => {
	test('is not overdue on the due day itself', () => {
		const status = reviewStatus(day('2026-01-01'), every('90d'), day('2026-04-01'));
		expect(formatDay(status.due)).toBe('2026-04-01');
		expect(status).toMatchObject({ overdue: false, daysOverdue: 0 });
	});

	test('is overdue from the day after the due day', () => {
		expect(reviewStatus(day('2026-01-01'), every('90d'), day('2026-04-02'))).toMatchObject({
			overdue: true,
			daysOverdue: 1,
		});
	});

	test('is not overdue the day before the due day', () => {
		expect(reviewStatus(day('2026-01-01'), every('90d'), day('2026-03-31')).overdue).toBe(false);
	});

	test('counts weeks as seven days and crosses a leap day correctly', () => {
		const status = reviewStatus(day('2028-02-01'), every('4w'), day('2028-03-10'));
		expect(formatDay(status.due)).toBe('2028-02-29');
		expect(status.daysOverdue).toBe(10);
	});

	test('treats a review dated after the build as current', () => {
		expect(reviewStatus(day('2026-12-01'), every('1d'), day('2026-11-24')).overdue).toBe(false);
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

describe('describeInterval', () => {
	test('keeps the unit the author wrote', () => {
		expect(describeInterval(every('90d'))).toBe('90 days');
		expect(describeInterval(every('12w'))).toBe('12 weeks');
		expect(describeInterval(every('1w'))).toBe('1 week');
	});
});
