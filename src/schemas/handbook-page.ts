import { z } from 'astro/zod';
import { calendarDateSchema } from './calendar-date.ts';

/** Fields every handbook page carries on top of Starlight's own frontmatter. */
export const handbookPageSchema = z.object({
	description: z
		.string()
		.min(20, 'write a one-sentence description of at least 20 characters; it feeds search results and link previews')
		.describe('One sentence shown in search results and link previews'),
	reviewed: calendarDateSchema
		.optional()
		.describe('When the page was last checked against how the team really works (YYYY-MM-DD)'),
});
