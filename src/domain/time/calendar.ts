/**
 * Calendar days as the handbook writes them, `YYYY-MM-DD`, always in UTC so every reader sees the same
 * day. One reading of "is this a real date", so 2025-02-30 fails everywhere alike.
 */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
export const DAY_MS = 86_400_000;

/** UTC midnight of a real `YYYY-MM-DD` day; null for anything else, including 2025-02-30. */
export function parseCalendarDate(text: string): number | null {
	const match = DATE.exec(text.trim());
	if (!match) return null;
	const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
	const ms = Date.UTC(year, month, day);
	const back = new Date(ms);
	return back.getUTCFullYear() === year && back.getUTCMonth() === month && back.getUTCDate() === day ? ms : null;
}

export function isCalendarDate(text: string): boolean {
	return parseCalendarDate(text) !== null;
}

/** The UTC day of a moment, `2025-03-15`: the day an incident is filed under. */
export function formatDay(moment: Date | number): string {
	return new Date(moment).toISOString().slice(0, 10);
}

/** The day `days` after (or before) a `YYYY-MM-DD` day. */
export function shiftDay(day: string, days: number): string {
	return formatDay((parseCalendarDate(day) ?? Number.NaN) + days * DAY_MS);
}

/** Thrown when BUILD_DATE is not a real YYYY-MM-DD date. */
export class InvalidBuildDateError extends Error {
	constructor(text: string) {
		super(`BUILD_DATE must be a calendar date written YYYY-MM-DD, e.g. 2026-11-24; got "${text}"`);
		this.name = 'InvalidBuildDateError';
	}
}

/**
 * The day the site is built, as UTC midnight. Review and overdue warnings are computed against it rather
 * than the reader's clock, so a page says the same thing to everyone and a test can pin the date.
 */
export function resolveBuildDate(text: string | undefined, now: Date = new Date()): Date {
	if (text === undefined || text.trim() === '') return new Date(parseCalendarDate(formatDay(now))!);
	const ms = parseCalendarDate(text);
	if (ms === null) throw new InvalidBuildDateError(text);
	return new Date(ms);
}
