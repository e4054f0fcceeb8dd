import { describeDuration } from '../model/describe.ts';

/** The five moments every post-mortem records, in the order the schema enforces. */
export interface IncidentTimes {
	started: Date;
	detected: Date;
	acknowledged: Date;
	mitigated: Date;
	resolved: Date;
}

/** Durations in minutes, each measured as the metrics chapter defines it. */
export interface IncidentDurations {
	/** detected − started */
	detect: number;
	/** acknowledged − detected */
	acknowledge: number;
	/** mitigated − started */
	mitigate: number;
	/** resolved − started */
	resolve: number;
}

const MINUTE = 60_000;

export function minutesBetween(from: Date, to: Date): number {
	return (to.getTime() - from.getTime()) / MINUTE;
}

/** Derives the four durations from the timestamps, so nobody has to type (or mistype) them. */
export function incidentDurations(times: IncidentTimes): IncidentDurations {
	return {
		detect: minutesBetween(times.started, times.detected),
		acknowledge: minutesBetween(times.detected, times.acknowledged),
		mitigate: minutesBetween(times.started, times.mitigated),
		resolve: minutesBetween(times.started, times.resolved),
	};
}

/**
 * Spells out a number of minutes for readers. Means are rarely whole minutes; rounding to the
 * nearest minute keeps "1 hour 3 minutes" instead of a string of decimals, and a sub-minute
 * figure reads "under a minute" rather than a misleading zero. Gaps of days (MTBF) are given in
 * days and hours: nobody plans around the minutes of a 40-day gap.
 */
export function formatMinutes(minutes: number | undefined): string {
	if (minutes === undefined) return 'not enough data';
	if (minutes > 0 && minutes < 0.5) return 'under a minute';
	if (minutes < 2 * 1440) return describeDuration(Math.round(minutes));
	const hours = Math.round(minutes / 60);
	const rest = hours % 24;
	return `${Math.floor(hours / 24)} days${rest ? ` ${rest} ${rest === 1 ? 'hour' : 'hours'}` : ''}`;
}

/** Compact form for table cells and chart labels, e.g. 95 minutes reads "1h 35m". */
export function formatMinutesShort(minutes: number | undefined): string {
	if (minutes === undefined) return '–';
	const whole = Math.round(minutes);
	const days = Math.floor(whole / 1440);
	const hours = Math.floor((whole % 1440) / 60);
	const rest = whole % 60;
	const parts = [days ? `${days}d` : '', hours ? `${hours}h` : '', rest || whole === 0 ? `${rest}m` : ''];
	return parts.filter(Boolean).join(' ');
}
