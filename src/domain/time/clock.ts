/**
 * Time helpers for incident messages. Every instant is epoch milliseconds and every time a reader sees is
 * UTC, because responders in several time zones must agree on "the next update is due at 14:30".
 * Form fields hold UTC as `YYYY-MM-DDTHH:MM`, the value format of `<input type="datetime-local">`.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;
const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

function pad(n: number): string {
	return String(n).padStart(2, '0');
}

/** Reads a `YYYY-MM-DDTHH:MM` field as wall-clock fields; null for anything else, including 2026-02-30. */
function readWallClock(text: string): number | null {
	const match = LOCAL_PATTERN.exec(text.trim());
	if (!match) return null;
	const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
	const ms = Date.UTC(year, month - 1, day, hour, minute);
	const back = new Date(ms);
	if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
	if (hour > 23 || minute > 59) return null;
	return ms;
}

/** Parses a UTC form value; null when empty or malformed so the message can mark it missing. */
export function parseUtcInput(text: string): number | null {
	return readWallClock(text);
}

/** The form value for an instant, e.g. for the "now" button. */
export function toUtcInput(ms: number): string {
	const d = new Date(Math.floor(ms / MINUTE) * MINUTE);
	return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

export function formatUtcDate(ms: number): string {
	return toUtcInput(ms).slice(0, 10);
}

export function formatUtcClock(ms: number): string {
	return `${toUtcInput(ms).slice(11)} UTC`;
}

/** "2026-11-24 17:45 UTC": unambiguous for readers anywhere. */
export function formatUtc(ms: number): string {
	return `${formatUtcDate(ms)} ${formatUtcClock(ms)}`;
}

/** When the next update is due, given when this one goes out and the level's cadence in minutes. */
export function nextUpdateDue(postedAt: number, cadenceMinutes: number): number {
	return postedAt + cadenceMinutes * MINUTE;
}

/** "14:30 UTC", with the date added when the due time falls on a later UTC day than the update. */
export function describeDueTime(postedAt: number, due: number): string {
	const sameDay = Math.floor(postedAt / DAY) === Math.floor(due / DAY);
	return sameDay ? formatUtcClock(due) : `${formatUtcClock(due)} on ${formatUtcDate(due)}`;
}

/** Whole minutes from start to end; null when the end is before the start. */
export function minutesBetween(start: number, end: number): number | null {
	if (end < start) return null;
	return Math.floor((end - start) / MINUTE);
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

// Asking builds a formatter, and the first one loads the browser's time-zone data; UTC needs neither.
const knownZones = new Set<string>(['UTC']);

/** Whether the runtime knows the IANA zone name. */
export function isTimeZone(timeZone: string): boolean {
	if (knownZones.has(timeZone)) return true;
	try {
		new Intl.DateTimeFormat('en-US', { timeZone });
	} catch {
		return false;
	}
	knownZones.add(timeZone);
	return true;
}

/** Milliseconds the zone's wall clock is ahead of UTC at the given instant (Kolkata: +5h30). */
function zoneOffset(ms: number, timeZone: string): number {
	let format = offsetFormatters.get(timeZone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric',
		});
		offsetFormatters.set(timeZone, format);
	}
	const parts = Object.fromEntries(format.formatToParts(ms).map((p) => [p.type, Number(p.value)]));
	const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
	return wall - Math.floor(ms / 1000) * 1000;
}

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
