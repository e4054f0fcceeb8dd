import { describe, expect, test } from 'vitest';
import {
	describeDueTime,
	formatUtc,
	minutesBetween,
	nextUpdateDue,
	parseUtcInput,
	toUtcInput,
} from '../../../src/domain/time/clock.ts';
import { localToUtc } from '../../../src/domain/time/local-time.ts';

const at = (text: string) => parseUtcInput(text)!;

describe('parseUtcInput', () => {
	test('reads a datetime-local value as UTC', () => {
		expect(at('2026-11-24T17:45')).toBe(Date.UTC(2026, 10, 24, 17, 45));
	});

	test.each(['', '2026-02-30T10:00', '2026-11-24 17:45', '2026-11-24T24:00', 'yesterday'])(
		'returns null for "%s"',
		(text) => {
			expect(parseUtcInput(text)).toBeNull();
		},
	);

	test('round-trips through toUtcInput, dropping seconds', () => {
		expect(toUtcInput(Date.UTC(2026, 0, 5, 3, 7, 59))).toBe('2026-01-05T03:07');
		expect(toUtcInput(at('2026-12-31T23:59'))).toBe('2026-12-31T23:59');
	});
});

describe('nextUpdateDue and describeDueTime', () => {
	test.each([
		['Asia/Kolkata', '2026-03-29T05:10'],
		['America/Los_Angeles', '2026-03-28T16:40'],
		['Pacific/Chatham', '2026-03-29T13:25'],
		['Europe/London', '2026-03-28T23:40'],
	])('count from UTC when the responder and the machine are on %s (local %s)', (timeZone, local) => {
		const original = process.env.TZ;
		// Node applies a changed TZ to Date at once, so the machine's local clock really moves.
		process.env.TZ = timeZone;
		try {
			const posted = localToUtc(local, timeZone)!.utc;
			expect(posted).toBe(at('2026-03-28T23:40'));
			expect(describeDueTime(posted, nextUpdateDue(posted, 60))).toBe('00:40 UTC on 2026-03-29');
		} finally {
			if (original === undefined) delete process.env.TZ;
			else process.env.TZ = original;
		}
	});

	test('adds the cadence within the same day', () => {
		const posted = at('2026-11-24T14:00');
		expect(describeDueTime(posted, nextUpdateDue(posted, 30))).toBe('14:30 UTC');
	});

	test('names the next date when the due time passes midnight UTC', () => {
		const posted = at('2026-11-24T23:50');
		expect(describeDueTime(posted, nextUpdateDue(posted, 15))).toBe('00:05 UTC on 2026-11-25');
	});

	test('crosses a month and a year end', () => {
		const posted = at('2026-12-31T22:30');
		expect(describeDueTime(posted, nextUpdateDue(posted, 240))).toBe('02:30 UTC on 2027-01-01');
	});

	test('lands exactly on midnight as the next day', () => {
		const posted = at('2026-02-28T23:00');
		expect(describeDueTime(posted, nextUpdateDue(posted, 60))).toBe('00:00 UTC on 2026-03-01');
	});
});

describe('minutesBetween', () => {
	test('counts whole minutes across midnight', () => {
		expect(minutesBetween(at('2026-11-24T23:10'), at('2026-11-25T01:25'))).toBe(135);
	});

	test('is negative when the end is before the start, so callers can say so', () => {
		expect(minutesBetween(at('2026-11-24T10:00'), at('2026-11-24T09:59'))).toBe(-1);
	});
});
