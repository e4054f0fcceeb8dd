import { describe, expect, test } from 'vitest';
import { axisCeiling, barChart } from '../../../src/domain/archive/svg-chart.ts';

describe('axisCeiling', () => {
	test('keeps count ticks on whole numbers', () => {
		expect(axisCeiling(1, 'count')).toBe(4);
		expect(axisCeiling(13, 'count')).toBe(16);
		expect(axisCeiling(4, 'count')).toBe(4);
		expect(axisCeiling(0, 'count')).toBe(4);
	});

	test('puts minute ticks on round durations', () => {
		expect(axisCeiling(380, 'minutes')).toBe(480); // ticks every 2 hours
		expect(axisCeiling(50, 'minutes')).toBe(60); // ticks every 15 minutes
		expect(axisCeiling(9000, 'minutes')).toBe(11520); // ticks every 2 days
	});
});

describe('barChart', () => {
	const plotHeight = (g: ReturnType<typeof barChart>) => g.plot.bottom - g.plot.top;

	test('stacks series so the bar height is proportional to the total', () => {
		const g = barChart(
			[
				{ label: 'Jan', values: [1, 2, 1] },
				{ label: 'Feb', values: [0, 1, 0] },
			],
			{ stacked: true },
		);
		const [jan, feb] = g.groups;
		expect(jan!.segments.map((s) => s.series)).toEqual([0, 1, 2]);
		const janHeight = jan!.segments.reduce((sum, s) => sum + s.height, 0);
		expect(janHeight).toBeCloseTo(plotHeight(g)); // 4 of an axis topping out at 4
		expect(feb!.segments).toHaveLength(1);
		expect(feb!.segments[0]!.height).toBeCloseTo(plotHeight(g) / 4);
		expect(jan!.segments[1]!.y + jan!.segments[1]!.height).toBeCloseTo(jan!.segments[0]!.y);
	});

	test('places series side by side when not stacked and skips missing values', () => {
		const g = barChart([{ label: 'SEV1', values: [50, undefined] }], { unit: 'minutes' });
		expect(g.groups[0]!.segments).toHaveLength(1);
		expect(g.ticks.map((t) => t.value)).toEqual([0, 15, 30, 45, 60]);
		expect(g.ticks[0]!.y).toBe(g.plot.bottom);
		expect(g.ticks.at(-1)!.y).toBe(g.plot.top);
	});
});
