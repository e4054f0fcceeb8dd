import { formatUtc, formatUtcClock, minutesBetween } from './clock.ts';
import { formatDuration } from './durations.ts';

const DAY = 86_400_000;

/** "14:32 UTC" for a moment on the same UTC day as `now`, with the date for anything on another day. */
export function timeOf(moment: number, now: number): string {
	return Math.floor(moment / DAY) === Math.floor(now / DAY) ? formatUtcClock(moment) : formatUtc(moment);
}

/** "32 minutes ago", "in 5 minutes": a moment seen from now, its span written the handbook's one way. */
export function fromNow(moment: number, now: number): string {
	const minutes = minutesBetween(now, moment);
	return minutes < 0 ? `${formatDuration(-minutes)} ago` : `in ${formatDuration(minutes)}`;
}
