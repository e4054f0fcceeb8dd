import { describe, expect, test } from 'vitest';
import { barChart, niceCeiling } from '../../src/domain/svg-chart.ts';

describe('niceCeiling', () => {
	test('rounds the axis up to 1, 2 or 5 times a power of ten', () => {
		expect(niceCeiling(3)).toBe(5);
		expect(niceCeiling(7)).toBe(10);
		expect(niceCeiling(130)).toBe(200);
		expect(niceCeiling(0)).toBe(1);
	});
});

describe('barChart', () => {
	const plotHeight = (g: ReturnType<typeof barChart>) => g.plot.bottom - g.plot.top;

	test('stacks series so the bar height is proportional to the total', () => {
		const g = barChart(
			[
				{ label: 'Jan', values: [1, 2, 2] },
				{ label: 'Feb', values: [0, 1, 0] },
			],
			{ stacked: true },
		);
		const [jan, feb] = g.groups;
		expect(jan!.segments.map((s) => s.series)).toEqual([0, 1, 2]);
		const janHeight = jan!.segments.reduce((sum, s) => sum + s.height, 0);
		expect(janHeight).toBeCloseTo(plotHeight(g)); // 5 of an axis topping out at 5
		expect(feb!.segments).toHaveLength(1);
		expect(feb!.segments[0]!.height).toBeCloseTo(plotHeight(g) / 5);
		expect(jan!.segments[1]!.y + jan!.segments[1]!.height).toBeCloseTo(jan!.segments[0]!.y);
	});

	test('places series side by side when not stacked and skips missing values', () => {
		const g = barChart([{ label: 'SEV1', values: [10, undefined] }]);
		expect(g.groups[0]!.segments).toHaveLength(1);
		expect(g.ticks.map((t) => t.value)).toEqual([0, 2.5, 5, 7.5, 10]);
		expect(g.ticks[0]!.y).toBe(g.plot.bottom);
		expect(g.ticks.at(-1)!.y).toBe(g.plot.top);
	});
});
