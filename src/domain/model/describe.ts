import type { Duration } from '../../schemas/duration.ts';
import type { Level } from '../../schemas/model.ts';

const UNITS: [minutes: number, one: string, many: string][] = [
	[10080, 'week', 'weeks'],
	[1440, 'day', 'days'],
	[60, 'hour', 'hours'],
	[1, 'minute', 'minutes'],
];

/** Spells a duration out for readers: 90 minutes reads "1 hour 30 minutes", not "90m". */
export function describeDuration(duration: Duration | number): string {
	let left = typeof duration === 'number' ? duration : duration.minutes;
	if (left === 0) return '0 minutes';
	const parts: string[] = [];
	for (const [size, one, many] of UNITS) {
		const count = Math.floor(left / size);
		if (count > 0) {
			parts.push(`${count} ${count === 1 ? one : many}`);
			left -= count * size;
		}
	}
	return parts.join(' ');
}

export function describeCoverage(coverage: Level['coverage']): string {
	return coverage === '24/7' ? 'any hour, 24/7' : 'business hours';
}
