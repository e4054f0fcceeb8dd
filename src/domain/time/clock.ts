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
export function readWallClock(text: string): number | null {
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
