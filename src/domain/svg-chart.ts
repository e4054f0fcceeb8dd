/** One category on the x axis, with one value per series (undefined draws no bar). */
export interface ChartRow {
	label: string;
	values: (number | undefined)[];
}

export interface ChartOptions {
	width?: number;
	height?: number;
	/** Stack the series in one bar per row (counts) or place them side by side (averages). */
	stacked?: boolean;
}

export interface ChartSegment {
	series: number;
	value: number;
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface ChartGeometry {
	width: number;
	height: number;
	plot: { left: number; top: number; right: number; bottom: number };
	ticks: { value: number; y: number }[];
	groups: { label: string; center: number; segments: ChartSegment[] }[];
}

const MARGIN = { left: 64, top: 12, right: 12, bottom: 40 };

/** Smallest 1, 2 or 5 × 10ⁿ at or above `max`, so axis ticks land on round numbers. */
export function niceCeiling(max: number): number {
	if (max <= 0) return 1;
	const magnitude = 10 ** Math.floor(Math.log10(max));
	const step = [1, 2, 5, 10].find((factor) => factor * magnitude >= max)!;
	return step * magnitude;
}

/**
 * Lays out a bar chart as plain numbers. Rendering stays in the component; keeping the arithmetic
 * here lets tests check that a bar's height is proportional to its value.
 */
export function barChart(rows: readonly ChartRow[], options: ChartOptions = {}): ChartGeometry {
	const width = options.width ?? 640;
	const height = options.height ?? 260;
	const stacked = options.stacked ?? false;
	const plot = { left: MARGIN.left, top: MARGIN.top, right: width - MARGIN.right, bottom: height - MARGIN.bottom };
	const totals = rows.map((row) =>
		stacked
			? row.values.reduce<number>((sum, value) => sum + (value ?? 0), 0)
			: Math.max(0, ...row.values.map((value) => value ?? 0)),
	);
	const top = niceCeiling(Math.max(0, ...totals));
	const scale = (plot.bottom - plot.top) / top;
	const ticks = [0, 0.25, 0.5, 0.75, 1].map((share) => ({ value: top * share, y: plot.bottom - top * share * scale }));
	const slot = (plot.right - plot.left) / Math.max(rows.length, 1);
	const barArea = slot * 0.7;
	const groups = rows.map((row, index) => {
		const center = plot.left + slot * (index + 0.5);
		const series = row.values.length;
		const barWidth = stacked ? barArea : barArea / Math.max(series, 1);
		let base = plot.bottom;
		const segments: ChartSegment[] = [];
		row.values.forEach((value, seriesIndex) => {
			if (value === undefined || value <= 0) return;
			const barHeight = value * scale;
			const x = stacked ? center - barArea / 2 : center - barArea / 2 + seriesIndex * barWidth;
			const y = stacked ? base - barHeight : plot.bottom - barHeight;
			if (stacked) base -= barHeight;
			segments.push({ series: seriesIndex, value, x, y, width: barWidth, height: barHeight });
		});
		return { label: row.label, center, segments };
	});
	return { width, height, plot, ticks, groups };
}
