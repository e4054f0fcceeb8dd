import { z } from 'astro/zod';
import { calendarDateSchema } from './calendar-date.ts';
import { durationSchema } from './duration.ts';

const text = z.string().trim().min(1);

const commandSchema = z.strictObject({
	run: text.describe('The command exactly as a responder should paste it'),
	lang: z.string().default('sh').describe('Code block language for highlighting, e.g. sh, sql, promql, logql'),
});

export const diagnosisStepSchema = z.strictObject({
	check: text.describe('What to look at'),
	command: commandSchema.optional().describe('Command that shows it'),
	expect: text.describe('What a healthy result looks like, and what to do if it is not'),
});

export const mitigationOptionSchema = z.strictObject({
	option: text.describe('Name of the mitigation, e.g. Roll back the last deploy'),
	when: text.describe('The situation in which to choose it'),
	command: commandSchema.describe('Command that applies it'),
	verify: text.describe('How to tell it worked'),
	rollback: text.describe('How to undo it if it makes things worse'),
});

export const escalationContactSchema = z.strictObject({
	name: text.describe('Team or person'),
	contact: text.describe('How to reach them: pager service, channel or phone'),
	when: text.describe('When to call them'),
});

interface RunbookSchemaOptions<R extends z.ZodType> {
	/** Ids of the model's severity levels. */
	levelIds: readonly [string, ...string[]];
	/** How another runbook is referenced: `reference('runbooks')` in Astro, a plain string elsewhere. */
	runbookRef: R;
}

/**
 * A runbook's frontmatter: everything a responder needs, in the order they need it. Every section is
 * required so a runbook cannot silently lack its mitigation or its rollback.
 */
export function runbookSchema<R extends z.ZodType>({ levelIds, runbookRef }: RunbookSchemaOptions<R>) {
	return z.strictObject({
		title: text.describe('What the runbook handles, e.g. Database primary failover'),
		description: text.describe('One sentence for search results and the runbook index'),
		service: text.describe('Service the runbook belongs to'),
		owner: text.describe('Team that keeps the runbook correct'),
		severity: z.array(z.enum(levelIds)).min(1).describe('Levels this situation usually is, from the incident model'),
		alerts: z.array(text).min(1).describe('Names of the alerts that should link here, exactly as they fire'),
		impact: text.describe('What customers experience while this is happening'),
		prerequisites: z.array(text).min(1).describe('Access, tools and state needed before starting'),
		diagnosis: z.array(diagnosisStepSchema).min(1).describe('Checks to run, in order'),
		mitigation: z.array(mitigationOptionSchema).min(1).describe('Ways to stop the impact, each with its verification and rollback'),
		recovery: z.array(text).min(1).describe('Steps back to normal once impact has stopped'),
		escalation: z.array(escalationContactSchema).min(1).describe('Who to call when the runbook is not enough'),
		lastReviewed: calendarDateSchema.describe('When the runbook was last checked against reality, YYYY-MM-DD'),
		reviewEvery: durationSchema.describe('How often it must be reviewed, e.g. 90d or 12w'),
		related: z.array(runbookRef).default([]).describe('Other runbooks a responder may need next'),
	});
}

export type Runbook = z.output<ReturnType<typeof runbookSchema<z.ZodString>>>;
