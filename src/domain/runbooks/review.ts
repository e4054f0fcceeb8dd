import type { Duration } from '../../schemas/duration.ts';

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;

/** Thrown when BUILD_DATE (or any date handed to the review check) is not a real YYYY-MM-DD date. */
export class InvalidBuildDateError extends Error {
	constructor(text: string) {
		super(`BUILD_DATE must be a calendar date written YYYY-MM-DD, e.g. 2026-11-24; got "${text}"`);
		this.name = 'InvalidBuildDateError';
	}
}

/**
 * The day the site is built, as UTC midnight. Review warnings are computed against it rather than the
 * reader's clock, so a page says the same thing to everyone and a test can pin the date.
 */
export function resolveBuildDate(text: string | undefined, now: Date = new Date()): Date {
	if (text === undefined || text.trim() === '')
		return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
	if (!match) throw new InvalidBuildDateError(text);
	const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
	const date = new Date(Date.UTC(year, month, day));
	if (date.getUTCMonth() !== month || date.getUTCDate() !== day) throw new InvalidBuildDateError(text);
	return date;
}

export interface ReviewStatus {
	/** The first day on which the runbook counts as unreviewed. */
	due: Date;
	overdue: boolean;
	/** Whole days past the due date; 0 when not overdue. */
	daysOverdue: number;
}

/**
 * A runbook stays trusted up to and including its due day (last review plus the interval) and is
 * overdue from the day after, so a 90-day interval really gives the owner 90 days.
 */
export function reviewStatus(lastReviewed: Date, reviewEvery: Duration, buildDate: Date): ReviewStatus {
	const due = new Date(lastReviewed.getTime() + reviewEvery.minutes * MINUTE);
	const overdue = buildDate.getTime() > due.getTime();
	return { due, overdue, daysOverdue: overdue ? Math.floor((buildDate.getTime() - due.getTime()) / DAY) : 0 };
}

const UNIT_WORDS: Record<string, [one: string, many: string]> = {
	m: ['minute', 'minutes'],
	h: ['hour', 'hours'],
	d: ['day', 'days'],
	w: ['week', 'weeks'],
};

/**
 * A review interval in the unit its author chose: "90d" reads "90 days", where describeDuration would
 * regroup it into "12 weeks 6 days".
 */
export function describeInterval(interval: Duration): string {
	const count = Number(interval.text.slice(0, -1));
	const [one, many] = UNIT_WORDS[interval.text.slice(-1)]!;
	return `${count} ${count === 1 ? one : many}`;
}

/** A date as the YYYY-MM-DD people type in frontmatter, so the warning quotes what the author wrote. */
export function formatDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}
