import { z } from 'astro/zod';
import { calendarDateSchema } from './calendar-date.ts';
import { triggerSchema } from './trigger.ts';

/** A well-known public outage, summarised in our own words with a link to the original write-up. */
export const publicIncidentSchema = z.strictObject({
	company: z.string().trim().min(1).describe('Company that had the outage'),
	title: z.string().trim().min(1).describe('Short name of the outage'),
	date: calendarDateSchema.describe('Day the outage began, YYYY-MM-DD'),
	durationMinutes: z.number().int().positive().describe('Approximate length of customer impact, in minutes'),
	trigger: triggerSchema,
	summary: z.string().trim().min(1).describe('What happened, in our own words'),
	changes: z.array(z.string().trim().min(1)).min(1).describe('What the company changed afterwards'),
	source: z.url().describe("Address of the company's own write-up"),
});

export type PublicIncident = z.output<typeof publicIncidentSchema>;
