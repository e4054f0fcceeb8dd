import { describe, expect, test } from 'vitest';
import {
	byQuarter,
	bySeverity,
	completionRate,
	incidentsPerMonth,
	monthLabel,
	monthsBetween,
	mtbf,
	mtta,
	mttr,
	quarterOf,
	quartersBetween,
	summarise,
	withoutExercises,
} from '../../../src/domain/archive/incident-metrics.ts';
import { A, B, D, FIXTURE_INCIDENTS } from '../../fixtures/postmortems/incidents.ts';

/*
 * Figures worked out by hand from test/fixtures/postmortems/incidents.ts (minutes):
 *   acknowledge (acknowledged − detected): A 10, B 2, C 4, D 30
 *   mitigate    (mitigated − started):     A 60, B 40, C 80, D 120
 *   gaps between starts: A→B 14 d 10 h 10 m = 20770; B→C 19 d 22 h = 28680; C→D 86 d 15 h 30 m = 124770
 */
describe('overall metrics', () => {
	test('MTTA is the mean of acknowledged − detected', () => {
		expect(mtta(FIXTURE_INCIDENTS)).toBe((10 + 2 + 4 + 30) / 4);
	});

	test('MTTR is the mean of mitigated − started', () => {
		expect(mttr(FIXTURE_INCIDENTS)).toBe((60 + 40 + 80 + 120) / 4);
	});

	test('MTBF is the mean gap between consecutive start times, whatever the input order', () => {
		expect(mtbf(FIXTURE_INCIDENTS)).toBeCloseTo((20770 + 28680 + 124770) / 3, 9);
	});

	test('MTBF is undefined for a single incident and for none', () => {
		expect(mtbf([B])).toBeUndefined();
		expect(mtbf([])).toBeUndefined();
	});

	test('an empty archive has no means, only a zero count', () => {
		expect(summarise([])).toEqual({ count: 0, mtta: undefined, mttr: undefined, mtbf: undefined });
	});
});

describe('bySeverity', () => {
	test("gives one row per model level in the model's order, including levels with no incidents", () => {
		const rows = bySeverity(FIXTURE_INCIDENTS, ['SEV1', 'SEV2', 'SEV3', 'SEV4']);
		expect(rows).toEqual([
			{ severity: 'SEV1', count: 2, mtta: 7, mttr: 70, mtbf: 49450 }, // A→C: 34 d 8 h 10 m
			{ severity: 'SEV2', count: 1, mtta: 2, mttr: 40, mtbf: undefined },
			{ severity: 'SEV3', count: 1, mtta: 30, mttr: 120, mtbf: undefined },
			{ severity: 'SEV4', count: 0, mtta: undefined, mttr: undefined, mtbf: undefined },
		]);
	});
});

describe('quarter bucketing', () => {
	test('puts an incident in the quarter it started, not the one it was acknowledged in', () => {
		expect(quarterOf(D.started)).toBe('2025-Q1');
		expect(quarterOf(D.acknowledged)).toBe('2025-Q2');
	});

	test('byQuarter computes MTTA, MTTR and MTBF within each quarter', () => {
		expect(byQuarter(FIXTURE_INCIDENTS)).toEqual([
			{ quarter: '2024-Q4', count: 2, mtta: 6, mttr: 50, mtbf: 20770 },
			{ quarter: '2025-Q1', count: 2, mtta: 17, mttr: 100, mtbf: 124770 },
		]);
	});

	test('lists quiet quarters between busy ones', () => {
		expect(quartersBetween('2024-Q4', '2025-Q2')).toEqual(['2024-Q4', '2025-Q1', '2025-Q2']);
		expect(
			byQuarter([A, { ...D, started: new Date('2025-04-02T00:00:00Z') }]).map((q) => [q.quarter, q.count]),
		).toEqual([
			['2024-Q4', 1],
			['2025-Q1', 0],
			['2025-Q2', 1],
		]);
	});
});

describe('incidentsPerMonth', () => {
	test('counts by severity per month across the year boundary, with empty months kept', () => {
		expect(incidentsPerMonth(FIXTURE_INCIDENTS, ['SEV1', 'SEV2', 'SEV3'])).toEqual([
			{ month: '2024-11', counts: { SEV1: 1, SEV2: 0, SEV3: 0 }, total: 1 },
			{ month: '2024-12', counts: { SEV1: 0, SEV2: 1, SEV3: 0 }, total: 1 },
			{ month: '2025-01', counts: { SEV1: 1, SEV2: 0, SEV3: 0 }, total: 1 },
			{ month: '2025-02', counts: { SEV1: 0, SEV2: 0, SEV3: 0 }, total: 0 },
			{ month: '2025-03', counts: { SEV1: 0, SEV2: 0, SEV3: 1 }, total: 1 },
		]);
	});

	test('uses UTC, so 23:50 on 30 November is a November incident anywhere in the world', () => {
		expect(incidentsPerMonth([A], ['SEV1'])[0]!.month).toBe('2024-11');
	});

	test('monthsBetween crosses December into January', () => {
		expect(monthsBetween('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
		expect(monthLabel('2025-01')).toBe('Jan 2025');
	});

	test('an empty archive has no months', () => {
		expect(incidentsPerMonth([], ['SEV1'])).toEqual([]);
	});
});

describe('completionRate', () => {
	test("divides done items by every item except won't-do", () => {
		const items = ['done', 'done', 'open', 'in-progress', 'wont-do', 'wont-do'].map((status) => ({ status }));
		expect(completionRate(items)).toEqual({ done: 2, counted: 4, rate: 0.5 });
	});

	test("is undefined when every item was declined as won't-do", () => {
		expect(completionRate([{ status: 'wont-do' }])).toEqual({ done: 0, counted: 0, rate: undefined });
	});
});

describe('withoutExercises', () => {
	test('leaves drills out and keeps real incidents in their order', () => {
		const entries = [
			{ id: 'a', data: { exercise: false } },
			{ id: 'drill', data: { exercise: true } },
			{ id: 'b', data: { exercise: false } },
		];
		expect(withoutExercises(entries).map((e) => e.id)).toEqual(['a', 'b']);
	});
});
