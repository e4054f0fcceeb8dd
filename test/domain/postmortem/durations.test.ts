import { describe, expect, test } from 'vitest';
import { deriveFacts, incidentDurations, suggestTimestamps } from '../../../src/domain/postmortem/durations.ts';
import { A, D } from '../../fixtures/postmortems/incidents.ts';

const stamps = {
	started: '2025-03-15T23:40',
	detected: '2025-03-15T23:52',
	acknowledged: '2025-03-16T00:01',
	mitigated: '2025-03-16T00:40',
	resolved: '2025-03-16T02:10',
};

describe('deriveFacts', () => {
	test('measures each response time from the right pair of timestamps, across midnight', () => {
		const byId = Object.fromEntries(deriveFacts(stamps).durations.map((d) => [d.id, d.minutes]));
		expect(byId).toEqual({ detect: 12, acknowledge: 9, mitigate: 60, resolve: 150, total: 150 });
	});

	test('counts total duration from the earliest to the latest moment, timeline included', () => {
		const total = deriveFacts(stamps, ['2025-03-15T23:30', '2025-03-16T03:00']).durations.find((d) => d.id === 'total');
		expect(total?.minutes).toBe(210);
	});

	test('leaves out a timeline time that is no real moment, even when it sorts first or last', () => {
		const total = (times: string[]) => deriveFacts(stamps, times).durations.find((d) => d.id === 'total')?.minutes;
		expect(total(['2025-13-01T10:00', '2025-03-16T03:00'])).toBe(200);
		expect(total(['0000-00-00T99:99', '2025-03-15T23:30'])).toBe(160);
	});

	test('leaves a measure empty while one of its timestamps is missing', () => {
		const facts = deriveFacts({ started: stamps.started });
		expect(facts.durations.every((d) => d.minutes === undefined)).toBe(true);
	});

	test('flags a resolution earlier than the start', () => {
		const facts = deriveFacts({ started: '2025-03-15T14:00', resolved: '2025-03-15T13:00' });
		expect(facts.contradictions).toEqual([
			'Resolved (2025-03-15T13:00 UTC) is before impact started (2025-03-15T14:00 UTC).',
		]);
		expect(facts.durations.find((d) => d.id === 'resolve')?.minutes).toBe(-60);
	});

	test('finds no contradiction when the timestamps are in order', () => {
		expect(deriveFacts(stamps).contradictions).toEqual([]);
	});
});

describe('suggestTimestamps', () => {
	const entries = [
		{ time: '2025-03-15T14:20', event: 'Config push reaches production' },
		{ time: '2025-03-15T14:32', event: 'Payment error alert fires' },
		{ time: '2025-03-15T14:35', event: 'On-call acknowledged the page' },
		{ time: '2025-03-15T15:02', event: 'Config rolled back, errors stop' },
		{ time: '2025-03-15T16:10', event: 'Incident resolved' },
	];

	test('picks each moment from the wording of the timeline', () => {
		expect(suggestTimestamps(entries, {})).toEqual({
			started: '2025-03-15T14:20',
			detected: '2025-03-15T14:32',
			acknowledged: '2025-03-15T14:35',
			mitigated: '2025-03-15T15:02',
			resolved: '2025-03-15T16:10',
		});
	});

	test('never replaces a timestamp the user already entered', () => {
		expect(suggestTimestamps(entries, { detected: '2025-03-15T14:30' })).not.toHaveProperty('detected');
	});
});

describe('incidentDurations', () => {
	test('measures detect from start, acknowledge from detection, mitigate and resolve from start', () => {
		expect(incidentDurations(A)).toEqual({ detect: 5, acknowledge: 10, mitigate: 60, resolve: 180 });
		expect(incidentDurations(D)).toEqual({ detect: 15, acknowledge: 30, mitigate: 120, resolve: 240 });
	});
});
