import type { Duration } from '../../schemas/duration.ts';

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;

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
