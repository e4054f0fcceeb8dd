import { z } from 'astro/zod';

const MESSAGE = 'expected a real calendar date written as YYYY-MM-DD, e.g. 2025-03-15';

/**
 * A calendar date in frontmatter. YAML turns an unquoted 2025-03-15 into a Date; anything else
 * arrives as text and must be an ISO date that exists, so "15/03/2025" or "2025-02-30" fail
 * instead of being silently reinterpreted.
 */
export const calendarDateSchema = z
	.union([z.date(), z.string()], { error: MESSAGE })
	.transform((value, ctx) => {
		if (value instanceof Date) {
			if (Number.isNaN(value.getTime())) ctx.addIssue({ code: 'custom', message: MESSAGE });
			return value;
		}
		const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
		const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
		if (!match || !date || date.getUTCMonth() !== Number(match[2]) - 1 || date.getUTCDate() !== Number(match[3])) {
			ctx.addIssue({ code: 'custom', message: `${MESSAGE}; got "${value}"` });
			return z.NEVER;
		}
		return date;
	})
	.describe('A date written as YYYY-MM-DD');
