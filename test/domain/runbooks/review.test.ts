import { describe, expect, test } from 'vitest';
import { reviewStatus } from '../../../src/domain/runbooks/review.ts';
import { durationSchema } from '../../../src/schemas/duration.ts';
import { formatDay, resolveBuildDate } from '../../../src/domain/time/calendar.ts';

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
