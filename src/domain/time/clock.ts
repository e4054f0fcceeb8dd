/**
 * Moments as the handbook shows and takes them. Every time a reader sees is UTC, because responders in
 * several time zones must agree on "the next update is due at 14:30". Form fields hold UTC as
 * `YYYY-MM-DDTHH:MM`, the value format of `<input type="datetime-local">`.
 */
import { formatDay, parseCalendarDate } from './calendar.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;
const WALL_CLOCK = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** Reads a `YYYY-MM-DDTHH:MM` field as wall-clock fields; null for anything else, including 2026-02-30. */
export function readWallClock(text: string): number | null {
	const match = WALL_CLOCK.exec(text.trim());
	if (!match) return null;
	const day = parseCalendarDate(match[1]!);
	const [hour, minute] = [Number(match[2]), Number(match[3])];
	if (day === null || hour > 23 || minute > 59) return null;
	return day + hour * 3_600_000 + minute * MINUTE;
}

/** Parses a UTC form value; null when empty or malformed so a message can mark it missing. */
export function parseUtcInput(text: string): number | null {
	return readWallClock(text);
}

/** The form value for an instant, e.g. for the "now" button. */
export function toUtcInput(ms: number): string {
	const d = new Date(Math.floor(ms / MINUTE) * MINUTE);
	return `${formatDay(d)}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** "14:30 UTC". */
export function formatUtcClock(moment: Date | number): string {
	return `${toUtcInput(new Date(moment).getTime()).slice(11)} UTC`;
}

/** "2026-11-24 17:45 UTC": unambiguous for readers anywhere. */
export function formatUtc(moment: Date | number): string {
	return `${formatDay(moment)} ${formatUtcClock(moment)}`;
}

/** Minutes from one moment to another, negative when the second comes first. */
export function minutesBetween(from: Date | number, to: Date | number): number {
	return (new Date(to).getTime() - new Date(from).getTime()) / MINUTE;
}

/** When the next update is due, given when this one goes out and the level's cadence in minutes. */
export function nextUpdateDue(postedAt: number, cadenceMinutes: number): number {
	return postedAt + cadenceMinutes * MINUTE;
}

/** "14:30 UTC", with the date added when the due time falls on a later UTC day than the update. */
export function describeDueTime(postedAt: number, due: number): string {
	const sameDay = Math.floor(postedAt / DAY) === Math.floor(due / DAY);
	return sameDay ? formatUtcClock(due) : `${formatUtcClock(due)} on ${formatDay(due)}`;
}
