import { parseCalendarDate } from './calendar.ts';
import { readWallClock } from './clock.ts';
import { isTimeZone, zoneOffset, type TimeZone } from './zones.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;

export interface LocalToUtc {
	utc: number;
	/**
	 * exact: the local time happens once; skipped: it falls in a spring-forward gap and was moved forward by
	 * the gap; repeated: it happens twice in a fall-back hour and the earlier one was taken.
	 */
	kind: 'exact' | 'skipped' | 'repeated';
}

/**
 * Converts a wall-clock time in an IANA zone to UTC, resolving DST the way Temporal's "compatible" mode
 * does, so the answer matches what calendars and most libraries give.
 */
export function localToUtc(local: string, timeZone: string): LocalToUtc | null {
	const wall = readWallClock(local);
	if (wall === null || !isTimeZone(timeZone)) return null;
	// Offsets a day either side bracket any single DST change around this wall time.
	const before = zoneOffset(wall - DAY, timeZone);
	const after = zoneOffset(wall + DAY, timeZone);
	const candidates = [...new Set([wall - before, wall - after])]
		.filter((t) => zoneOffset(t, timeZone) === wall - t)
		.sort((a, b) => a - b);
	if (candidates.length === 0) return { utc: wall - before, kind: 'skipped' };
	return { utc: candidates[0]!, kind: candidates.length > 1 ? 'repeated' : 'exact' };
}

// A pasted timeline converts thousands of times on the same day in a row; reading the day once is enough.
let lastDay = { date: '', midnight: null as number | null };

/** The instant a wall-clock time in the zone stands for; `date` is `YYYY-MM-DD`, `minutes` the minutes since midnight. */
export function wallToUtc(date: string, minutes: number, zone: TimeZone): number | null {
	if (lastDay.date !== date) lastDay = { date, midnight: parseCalendarDate(date) };
	const { midnight } = lastDay;
	if (midnight === null) return null;
	const wall = midnight + minutes * MINUTE;
	if (zone.kind === 'offset') return wall - zone.minutes * MINUTE;
	const hh = String(Math.floor((wall % DAY) / 3_600_000)).padStart(2, '0');
	const mm = String(Math.floor((wall % 3_600_000) / MINUTE)).padStart(2, '0');
	const day = new Date(wall).toISOString().slice(0, 10);
	return localToUtc(`${day}T${hh}:${mm}`, zone.name)?.utc ?? null;
}
