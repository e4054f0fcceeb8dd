import { z } from 'astro/zod';
import { calendarDateSchema } from './calendar-date.ts';
import { durationSchema } from './duration.ts';
import { serviceIdSchema } from './text-fields.ts';

/**
 * Zod reports a missing key as "expected string, received undefined", which reads like a type bug to
 * an author. These helpers say instead which section is missing and what belongs in it.
 */
function absent(field: string, purpose: string) {
	return (issue: { input?: unknown }) => (issue.input === undefined ? `missing "${field}": ${purpose}` : undefined);
}

function text(field: string, purpose: string) {
	return z
		.string({ error: absent(field, purpose) })
		.trim()
		.min(1, `"${field}" is empty: ${purpose}`)
		.describe(purpose);
}

function list<T extends z.ZodType>(field: string, item: T, purpose: string) {
	return z
		.array(item, { error: absent(field, purpose) })
		.min(1, `"${field}" needs at least one entry: ${purpose}`)
		.describe(purpose);
}

const commandSchema = z.strictObject(
	{
		run: text('run', 'The command exactly as a responder should paste it'),
		where: text(
			'where',
			'Where it runs: the machine, shell or console and its context, e.g. a laptop with kubectl context prod-eu',
		),
		access: text('access', 'The access it needs, e.g. the checkout-operator role in the production cluster'),
		lang: z
			.string()
			.default('sh')
			.describe(
				'Code block language for highlighting, e.g. sh, sql, yaml; txt for query languages without highlighting such as PromQL',
			),
	},
	{ error: absent('command', 'the command to run, as { run, where, access, lang }') },
);

export const diagnosisStepSchema = z.strictObject({
	check: text('check', 'What to look at'),
	command: commandSchema.optional().describe('Command that shows it'),
	expect: text('expect', 'What a healthy result looks like, and what to do if it is not'),
});

export const mitigationOptionSchema = z.strictObject({
	option: text('option', 'Name of the mitigation, e.g. Roll back the last deploy'),
	when: text('when', 'The situation in which to choose it'),
	command: commandSchema.describe('Command that applies it'),
	verify: text('verify', 'How to tell it worked'),
	undo: text('undo', 'How to undo it if it makes things worse, as something a responder can do'),
});

export const escalationContactSchema = z.strictObject({
	name: text('name', 'Team or person'),
	contact: text('contact', 'How to reach them: pager service, channel or phone'),
	when: text('when', 'When to call them'),
});

interface RunbookSchemaOptions<R extends z.ZodType> {
	/** Ids of the model's severity levels. */
	levelIds: readonly [string, ...string[]];
	/** How another runbook is referenced: `reference('runbooks')` in Astro, a plain string elsewhere. */
	runbookRef: R;
}

/**
 * A runbook's frontmatter: everything a responder needs, in the order they need it. Every section is
 * required so a runbook cannot silently lack its mitigation or the way to undo it.
 */
export function runbookSchema<R extends z.ZodType>({ levelIds, runbookRef }: RunbookSchemaOptions<R>) {
	const allowed = levelIds.join(', ');
	const level = z.enum(levelIds, {
		error: (issue) =>
			issue.input === undefined
				? undefined
				: `unknown severity ${JSON.stringify(issue.input)}; the incident model allows ${allowed}`,
	});
	return z.strictObject({
		title: text('title', 'What the runbook handles, e.g. Database primary failover'),
		description: text('description', 'One sentence for search results and the runbook index'),
		service: z
			.string({ error: absent('service', 'the service id the runbook belongs to, e.g. checkout') })
			.pipe(serviceIdSchema)
			.describe('Service the runbook belongs to, as a service id'),
		owner: text('owner', 'Team that keeps the runbook correct'),
		draft: z
			.boolean()
			.default(false)
			.describe('True while the runbook is a generated skeleton whose steps are still prompts for its author'),
		severity: list('severity', level, `Levels this situation usually is, from the incident model (${allowed})`),
		alerts: list(
			'alerts',
			text('alerts', 'An alert name'),
			'Names of the alerts that should link here, exactly as they fire',
		),
		knowFirst: z
			.array(text('knowFirst', 'One fact'))
			.default([])
			.describe('Facts a responder must know before touching anything, shown first on the page'),
		impact: text('impact', 'What customers experience while this is happening'),
		prerequisites: list(
			'prerequisites',
			text('prerequisites', 'One prerequisite'),
			'Access, tools and state needed before starting',
		),
		diagnosis: list('diagnosis', diagnosisStepSchema, 'Checks to run, in order'),
		mitigation: list(
			'mitigation',
			mitigationOptionSchema,
			'Ways to stop the impact, each with how to verify it and how to undo it',
		),
		recovery: list('recovery', text('recovery', 'One recovery step'), 'Steps back to normal once impact has stopped'),
		escalation: list('escalation', escalationContactSchema, 'Who to call when the runbook is not enough'),
		lastReviewed: calendarDateSchema.describe('When the runbook was last checked against reality, YYYY-MM-DD'),
		reviewEvery: z
			.string({ error: absent('reviewEvery', 'how often the runbook must be reviewed, e.g. 90d or 12w') })
			.pipe(durationSchema)
			.describe('How often it must be reviewed, e.g. 90d or 12w'),
		related: z.array(runbookRef).default([]).describe('Other runbooks a responder may need next'),
		print: z
			.boolean()
			.default(false)
			.describe('True to put this runbook in the print pack (/print/), the binder kept at the on-call desk'),
	});
}

export type Runbook = z.output<ReturnType<typeof runbookSchema<z.ZodString>>>;
export type RunbookInput = z.input<ReturnType<typeof runbookSchema<z.ZodString>>>;
