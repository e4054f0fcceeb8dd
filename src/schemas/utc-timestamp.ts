import { z } from 'astro/zod';

const MESSAGE = 'expected a UTC timestamp such as 2025-03-15T14:32:00Z';

/**
 * A moment in UTC. YAML turns an unquoted 2025-03-15T14:32:00Z into a Date; quoted text must carry
 * an explicit Z so nobody's local time zone leaks into the record.
 */
export const utcTimestampSchema = z
	.union([z.date(), z.string()], { error: MESSAGE })
	.transform((value, ctx) => {
		const date =
			value instanceof Date
				? value
				: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/.test(value.trim())
					? new Date(value.trim())
					: undefined;
		if (!date || Number.isNaN(date.getTime())) {
			ctx.addIssue({ code: 'custom', message: `${MESSAGE}; got "${String(value)}"` });
			return z.NEVER;
		}
		return date;
	})
	.describe('A UTC timestamp written as YYYY-MM-DDTHH:MM:SSZ');
