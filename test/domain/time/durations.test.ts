import { describe, expect, test } from 'vitest';
import { durationSchema } from '../../../src/schemas/duration.ts';
import { formatDuration } from '../../../src/domain/time/durations.ts';

const every = (text: string) => durationSchema.parse(text);

describe('formatDuration', () => {
	test.each([
		[0, '0 minutes'],
		[0.2, 'under a minute'],
		[1, '1 minute'],
		[95, '1 hour 35 minutes'],
		[62.6, '1 hour 3 minutes'],
		[1440, '1 day'],
		[1441, '1 day 1 minute'],
		[2 * 1440 + 65, '2 days 1 hour'],
		[40.3 * 1440, '40 days 7 hours'],
		[10_080, '1 week'],
		[-95, '−1 hour 35 minutes'],
	])('writes %d minutes as %j', (minutes, text) => {
		expect(formatDuration(minutes)).toBe(text);
	});

	test('says so when there is nothing to measure', () => {
		expect(formatDuration(undefined)).toBe('not enough data');
	});

	test('keeps the unit the author wrote', () => {
		expect(formatDuration(every('90d'))).toBe('90 days');
		expect(formatDuration(every('12w'))).toBe('12 weeks');
		expect(formatDuration(every('1w'))).toBe('1 week');
	});
});
