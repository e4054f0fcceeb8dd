import { resolveBuildDate } from '../domain/time/calendar.ts';

/**
 * The day "overdue" and "due for review" are measured against: BUILD_DATE=YYYY-MM-DD when set, so tests
 * and rebuilds of an old release say the same thing, otherwise the day of the build.
 */
export const buildDate = resolveBuildDate(process.env.BUILD_DATE);
