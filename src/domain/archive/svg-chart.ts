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
	/** What the values are; decides where the axis ticks fall. */
	unit?: 'count' | 'minutes';
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

// Tops for a minutes axis whose quarters are round: 15 minutes, 1 hour, 6 hours and so on.
const MINUTE_TOPS = [4, 8, 12, 20, 40, 60, 120, 240, 480, 720, 960, 1440, 2880, 5760];

/**
 * Top of the value axis. The axis is split into quarters, so counts round up to a multiple of four
 * (every tick a whole number) and minutes to a top whose quarters read as round durations.
 */
export function axisCeiling(max: number, unit: 'count' | 'minutes'): number {
	if (unit === 'count') return 4 * Math.max(1, Math.ceil(max / 4));
	return MINUTE_TOPS.find((top) => top >= max) ?? 5760 * Math.ceil(max / 5760);
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
	const top = axisCeiling(Math.max(0, ...totals), options.unit ?? 'count');
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
