import { describe, expect, test } from 'vitest';
import { formatUtc, parseUtcInput } from '../../../src/domain/time/clock.ts';
import { describeTimeZone, parseTimeZone, utcToWall } from '../../../src/domain/time/zones.ts';
import { localToUtc, wallToUtc } from '../../../src/domain/time/local-time.ts';

const at = (text: string) => parseUtcInput(text)!;

describe('localToUtc', () => {
	test('subtracts a half-hour offset for Asia/Kolkata', () => {
		expect(localToUtc('2026-11-24T09:00', 'Asia/Kolkata')).toEqual({ utc: at('2026-11-24T03:30'), kind: 'exact' });
	});

	test('moves a Kolkata morning onto the previous UTC day', () => {
		expect(formatUtc(localToUtc('2026-11-24T04:00', 'Asia/Kolkata')!.utc)).toBe('2026-11-23 22:30 UTC');
	});

	test('uses Pacific standard time in winter and moves the evening into the next UTC day', () => {
		expect(formatUtc(localToUtc('2026-11-24T17:00', 'America/Los_Angeles')!.utc)).toBe('2026-11-25 01:00 UTC');
	});

	test('uses Pacific daylight time in summer', () => {
		expect(formatUtc(localToUtc('2026-07-01T09:00', 'America/Los_Angeles')!.utc)).toBe('2026-07-01 16:00 UTC');
	});

	test('moves a time skipped by the spring-forward jump forward by the jump', () => {
		expect(localToUtc('2026-03-08T02:30', 'America/Los_Angeles')).toEqual({
			utc: at('2026-03-08T10:30'),
			kind: 'skipped',
		});
	});

	test('takes the first of two repeated fall-back times', () => {
		expect(localToUtc('2026-11-01T01:30', 'America/Los_Angeles')).toEqual({
			utc: at('2026-11-01T08:30'),
			kind: 'repeated',
		});
	});

	test('keeps the minute before and after the spring-forward jump exact', () => {
		expect(localToUtc('2026-03-08T01:59', 'America/Los_Angeles')).toEqual({
			utc: at('2026-03-08T09:59'),
			kind: 'exact',
		});
		expect(localToUtc('2026-03-08T03:00', 'America/Los_Angeles')).toEqual({
			utc: at('2026-03-08T10:00'),
			kind: 'exact',
		});
	});

	test('returns null for an unknown zone or a malformed time', () => {
		expect(localToUtc('2026-11-24T09:00', 'Mars/Olympus_Mons')).toBeNull();
		expect(localToUtc('9am', 'UTC')).toBeNull();
	});
});

describe('parseTimeZone', () => {
	test.each([
		['UTC', 0],
		['z', 0],
		['+2', 120],
		['+02', 120],
		['-03:30', -210],
		['UTC+05:30', 330],
		['GMT-4', -240],
		['+0545', 345],
		['−5', -300],
	])('reads %s as an offset of %i minutes', (text, minutes) => {
		expect(parseTimeZone(text)).toEqual({ kind: 'offset', minutes });
	});

	test('reads a zone name the runtime knows', () => {
		expect(parseTimeZone(' Europe/Berlin ')).toEqual({ kind: 'named', name: 'Europe/Berlin' });
	});

	test.each(['', '+15', '+2:75', 'Mars/Olympus_Mons', 'two hours'])('refuses %j', (text) => {
		expect(parseTimeZone(text)).toBeNull();
	});

	test('reads back in words', () => {
		expect(describeTimeZone({ kind: 'offset', minutes: -210 })).toBe('UTC−03:30');
		expect(describeTimeZone({ kind: 'offset', minutes: 0 })).toBe('UTC');
		expect(describeTimeZone({ kind: 'named', name: 'Asia/Tokyo' })).toBe('Asia/Tokyo');
	});
});

describe('wallToUtc and utcToWall', () => {
	test('move a wall time across midnight with a fixed offset on either side of UTC', () => {
		expect(wallToUtc('2025-03-15', 60, { kind: 'offset', minutes: 120 })).toBe(at('2025-03-14T23:00'));
		expect(wallToUtc('2025-03-15', 23 * 60 + 30, { kind: 'offset', minutes: -300 })).toBe(at('2025-03-16T04:30'));
		expect(utcToWall(at('2025-03-14T23:00'), { kind: 'offset', minutes: 120 })).toEqual({
			date: '2025-03-15',
			minutes: 60,
		});
		expect(utcToWall(at('2025-03-16T04:30'), { kind: 'offset', minutes: -300 })).toEqual({
			date: '2025-03-15',
			minutes: 23 * 60 + 30,
		});
	});

	test('follow a named zone through a daylight-saving change', () => {
		const berlin = { kind: 'named', name: 'Europe/Berlin' } as const;
		// Clocks in Berlin went forward from 02:00 to 03:00 local time on 2025-03-30.
		expect(wallToUtc('2025-03-30', 60, berlin)).toBe(at('2025-03-30T00:00'));
		expect(wallToUtc('2025-03-30', 4 * 60, berlin)).toBe(at('2025-03-30T02:00'));
		expect(utcToWall(at('2025-03-30T00:59'), berlin)).toEqual({ date: '2025-03-30', minutes: 119 });
		expect(utcToWall(at('2025-03-30T01:00'), berlin)).toEqual({ date: '2025-03-30', minutes: 180 });
	});
});
