import { z } from 'astro/zod';

const UNIT_MINUTES = { m: 1, h: 60, d: 1440, w: 10080 } as const;

/**
 * A span of time written the way people say it in a runbook: `5m`, `30m`, `4h`, `1d`, `1w`.
 * Parsed to minutes so cadence and target arithmetic never re-parses text.
 */
export const durationSchema = z
	.string()
	.regex(/^\d+(m|h|d|w)$/, 'expected a duration such as 5m, 30m, 4h, 1d or 1w')
	.transform((text) => {
		const unit = text.slice(-1) as keyof typeof UNIT_MINUTES;
		return { text, minutes: Number(text.slice(0, -1)) * UNIT_MINUTES[unit] };
	})
	.describe('A duration: a whole number followed by m (minutes), h (hours), d (days) or w (weeks)');

export type Duration = z.output<typeof durationSchema>;
