import { describe, expect, test } from 'vitest';
import {
	formatMinutes,
	formatMinutesShort,
	incidentDurations,
} from '../../../src/domain/postmortem/incident-durations.ts';
import { A, D } from '../../fixtures/postmortems/incidents.ts';

describe('incidentDurations', () => {
	test('measures detect from start, acknowledge from detection, mitigate and resolve from start', () => {
		expect(incidentDurations(A)).toEqual({ detect: 5, acknowledge: 10, mitigate: 60, resolve: 180 });
		expect(incidentDurations(D)).toEqual({ detect: 15, acknowledge: 30, mitigate: 120, resolve: 240 });
	});
});

describe('formatMinutes', () => {
	test('rounds a mean to whole minutes and spells it out', () => {
		expect(formatMinutes(75.4)).toBe('1 hour 15 minutes');
		expect(formatMinutes(0.2)).toBe('under a minute');
		expect(formatMinutes(0)).toBe('0 minutes');
	});

	test('gives gaps of several days in days and hours', () => {
		expect(formatMinutes(58073.3)).toBe('40 days 8 hours');
		expect(formatMinutes(3 * 1440 + 60)).toBe('3 days 1 hour');
		expect(formatMinutes(3 * 1440 + 10)).toBe('3 days');
		expect(formatMinutes(1500)).toBe('1 day 1 hour');
	});

	test('says when there is nothing to measure', () => {
		expect(formatMinutes(undefined)).toBe('not enough data');
	});
});

describe('formatMinutesShort', () => {
	test('keeps chart labels compact', () => {
		expect(formatMinutesShort(95)).toBe('1h 35m');
		expect(formatMinutesShort(1440)).toBe('1d');
		expect(formatMinutesShort(0)).toBe('0m');
		expect(formatMinutesShort(undefined)).toBe('–');
	});
});
