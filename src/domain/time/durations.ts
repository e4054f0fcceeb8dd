import type { Duration } from '../../schemas/duration.ts';

const UNITS: [minutes: number, one: string, many: string][] = [
	[10_080, 'week', 'weeks'],
	[1440, 'day', 'days'],
	[60, 'hour', 'hours'],
	[1, 'minute', 'minutes'],
];

const AUTHOR_UNITS: Record<string, [one: string, many: string]> = {
	m: ['minute', 'minutes'],
	h: ['hour', 'hours'],
	d: ['day', 'days'],
	w: ['week', 'weeks'],
};

const plural = (count: number, [one, many]: readonly [string, string]) => `${count} ${count === 1 ? one : many}`;

/**
 * How the handbook writes every span of time, on every page, tool and export: "1 hour 35 minutes".
 *
 * - A duration from the model keeps its author's unit: `90d` reads "90 days", not "12 weeks 6 days".
 * - A measured span is spelled out in weeks (only when it is a whole number of them), days, hours and
 *   minutes; beyond two days the minutes are rounded away, since nobody plans around them.
 * - Averages are rarely whole minutes: they are rounded, and a span above zero but under half a minute
 *   reads "under a minute" rather than a misleading zero. Negative spans keep their sign, so times in
 *   the wrong order stay visible.
 */
export function formatDuration(span: Duration | number | undefined): string {
	if (span === undefined || (typeof span === 'number' && Number.isNaN(span))) return 'not enough data';
	if (typeof span !== 'number') return plural(Number(span.text.slice(0, -1)), AUTHOR_UNITS[span.text.slice(-1)]!);
	const sign = span < 0 ? '−' : '';
	const abs = Math.abs(span);
	if (abs > 0 && abs < 0.5) return `${sign}under a minute`;
	let left = abs >= 2 * 1440 ? Math.round(abs / 60) * 60 : Math.round(abs);
	if (left === 0) return '0 minutes';
	const parts: string[] = [];
	for (const [size, one, many] of UNITS) {
		if (size === 10_080 && left % size !== 0) continue;
		const count = Math.floor(left / size);
		if (count > 0) {
			parts.push(plural(count, [one, many]));
			left -= count * size;
		}
	}
	return sign + parts.join(' ');
}
