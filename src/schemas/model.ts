import { z } from 'astro/zod';
import { durationSchema } from './duration.ts';
import { linkSchema } from './text-fields.ts';

/** Ids written as lowercase words joined by hyphens: roles, phases, preset (scale) names. */
export const slug = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected lowercase words joined by hyphens, e.g. incident-commander');

const levelId = z
	.string()
	.regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'expected letters, digits, hyphens or underscores, e.g. SEV1');

const TEAM_WORDS = [
	'team',
	'squad',
	'group',
	'guild',
	'crew',
	'department',
	'rota',
	'rotation',
	'on-call',
	'oncall',
	'everyone',
	'tbd',
	'tba',
	'n/a',
] as const;

/** `content/model/model.yaml`: the one line that picks the severity scale, plus site facts. */
export const modelConfigSchema = z.strictObject({
	preset: slug.describe(
		'Folder under content/model/presets/ holding the severity scale, decision tree and escalation policy',
	),
	organization: z.string().min(1).describe('Company or team name used in templates and post-mortems'),
	repository: linkSchema
		.optional()
		.describe('Web address of the repository this handbook is published from; enables "open a pull request" links'),
	branch: z
		.string()
		.trim()
		.min(1)
		.default('main')
		.describe('Branch that "open a pull request" links propose new post-mortems against'),
	actionItemOwners: z
		.strictObject({
			must: z
				.enum(['person', 'person-or-team'])
				.default('person')
				.describe('person: every action item names one person; person-or-team: a team name is accepted too'),
			teamWords: z
				.array(z.string().trim().min(1))
				.default([...TEAM_WORDS])
				.describe('Words that make an owner read as a team, a rota or a placeholder rather than a person'),
		})
		.default({ must: 'person', teamWords: [...TEAM_WORDS] })
		.describe('Who may own a post-mortem action item; the schema and the post-mortem tool both enforce it'),
	archivePageSize: z
		.int()
		.min(5)
		.max(500)
		.default(50)
		.describe('How many post-mortems each page of the archive index lists, newest first'),
});

export const levelSchema = z.strictObject({
	id: levelId.describe('Stable identifier used in frontmatter, URLs and tools, e.g. SEV1'),
	label: z.string().min(1).describe('One-word name shown beside the id, e.g. Critical'),
	aliases: z.array(z.string().min(1)).default([]).describe('Other names for the level, e.g. P1'),
	badge: z
		.enum(['danger', 'caution', 'note', 'tip', 'default', 'success'])
		.describe('Starlight badge variant used to show the level'),
	impact: z.string().min(1).describe('What the customer or business experiences at this level'),
	examples: z
		.array(
			z.strictObject({
				situation: z.string().min(1).describe('What is happening, as a responder would describe it'),
				answers: z
					.record(slug, z.string().min(1))
					.describe('How this situation answers each question the decision tree asks on its way, by question id'),
			}),
		)
		.min(1)
		.describe(
			'Typical situations at this level, each with the answers that classify it; the build checks they lead here',
		),
	coverage: z
		.enum(['24/7', 'business-hours'])
		.describe('Whether responders are paged at any hour or only during business hours'),
	acknowledgeWithin: durationSchema.describe('Longest time before the on-call engineer acknowledges the page'),
	respondWithin: durationSchema.describe('Longest time before someone is actively working the incident'),
	notification: z
		.enum(['page', 'notify', 'ticket'])
		.describe('page: phone/push alert; notify: chat or email; ticket: queued work'),
	paged: z.array(z.string().min(1)).min(1).describe('Who is alerted when an incident is declared at this level'),
	updates: z
		.strictObject({
			internal: durationSchema
				.nullable()
				.describe('How often the incident channel gets a written update; null for none'),
			external: durationSchema.nullable().describe('How often the status page is updated; null when nothing is posted'),
		})
		.describe('Update cadence while the incident is open'),
	targets: z
		.strictObject({
			mitigate: durationSchema.nullable().describe('Time from start by which customer impact should stop'),
			resolve: durationSchema.nullable().describe('Time from start by which the incident should be closed'),
		})
		.describe('Response targets measured from the start of the incident'),
	roles: z.array(slug).min(1).describe('Ids of the roles (from roles.yaml) to staff at this level'),
	requires: z
		.strictObject({
			warRoom: z.boolean().describe('Open a live video bridge'),
			statusPage: z.boolean().describe('Post on the public status page'),
			customerEmail: z.boolean().describe('Email affected customers'),
			executiveNotice: z.boolean().describe('Notify executives directly'),
			postmortem: z
				.enum(['full', 'lightweight', 'none'])
				.describe('full: written post-mortem and review meeting; lightweight: short review; none'),
		})
		.describe('What the response must include at this level'),
});

export const levelsFileSchema = z.strictObject({
	levels: z.array(levelSchema).min(2).describe('Severity levels, most severe first'),
	rationale: z
		.array(z.string().min(1))
		.default([])
		.describe(
			'Why the response times and cadences are what they are, including where sources disagree; shown under the severity matrix',
		),
});

const answerSchema = z
	.strictObject({
		label: z.string().min(1).describe('The answer as the responder reads it, e.g. Yes'),
		level: levelId.optional().describe('Level this answer settles on'),
		next: slug.optional().describe('Id of the question to ask next'),
	})
	.refine((a) => (a.level === undefined) !== (a.next === undefined), {
		message: 'an answer needs exactly one of "level" or "next"',
	});

export const questionSchema = z.strictObject({
	id: slug.describe('Stable id of the question, used in shared classifier links'),
	text: z.string().min(1).describe('The question, answerable by someone under pressure'),
	help: z.string().min(1).describe('Plain-language guidance for answering'),
	answers: z.array(answerSchema).min(2).describe('Possible answers, each leading to a level or another question'),
});

export const decisionTreeFileSchema = z.strictObject({
	start: slug.describe('Id of the first question'),
	questions: z.array(questionSchema).min(1).describe('Every question of the tree'),
});

export const roleSchema = z.strictObject({
	id: slug.describe('Stable id used by levels and lifecycle steps'),
	name: z.string().min(1).describe('Full name of the role'),
	shortName: z.string().min(1).describe('Abbreviation used in channels, e.g. IC'),
	mission: z.string().min(1).describe('One sentence on why the role exists'),
	does: z.array(z.string().min(1)).min(1).describe('Responsibilities'),
	doesNot: z.array(z.string().min(1)).default([]).describe('What the role deliberately leaves to others'),
	staffedWhen: z.string().min(1).describe('When the role is filled'),
	handover: z.array(z.string().min(1)).min(1).describe('What to pass on when someone takes over the role'),
	checklist: z
		.array(z.string().min(1))
		.default([])
		.describe('What the person holding the role ticks off during a response, shown in the incident console'),
});

export const rolesFileSchema = z.strictObject({
	roles: z.array(roleSchema).min(1).describe('Incident roles'),
});

export const escalationRuleSchema = z.strictObject({
	trigger: z.string().min(1).describe('What starts this rule'),
	action: z.string().min(1).describe('What happens'),
	after: z
		.union([durationSchema, z.enum(['immediately', 'ic-decision'])])
		.describe('Delay before the action, "immediately", or "ic-decision" when the IC judges'),
	levels: z.array(levelId).default([]).describe('Levels this rule applies to; empty means every level'),
});

export const escalationFileSchema = z.strictObject({
	rules: z.array(escalationRuleSchema).min(1).describe('Escalation policy, in the order it fires'),
	loops: z.number().int().min(0).describe('How many times the paging chain repeats before giving up'),
});

export const phaseSchema = z.strictObject({
	id: slug.describe('Stable id of the phase'),
	name: z.string().min(1).describe('Name of the phase'),
	timebox: z.string().min(1).describe('When the phase usually happens, relative to detection, e.g. 0-5 min'),
	goal: z.string().min(1).describe('What the phase must achieve'),
	steps: z.array(z.string().min(1)).min(1).describe('What to do, in order'),
	owner: slug.describe('Id of the role that drives the phase'),
});

export const statusStageSchema = z.strictObject({
	id: slug.describe('Stable id, used by communication templates'),
	name: z.string().min(1).describe('Name shown on the status page'),
	meaning: z.string().min(1).describe('What a reader should understand from this stage'),
});

export const lifecycleFileSchema = z.strictObject({
	phases: z.array(phaseSchema).min(1).describe('Response phases, in order'),
	statusPageStages: z.array(statusStageSchema).min(2).describe('Stages of a public status-page post, in order'),
});

export const commsElementSchema = z
	.strictObject({
		name: z
			.string()
			.min(1)
			.describe('What the message must say, as the chapter and the build name it, e.g. an apology'),
		placeholders: z
			.array(z.string().min(1))
			.default([])
			.describe('Template placeholders that say it; any one of them will do'),
		words: z
			.array(z.string().min(1))
			.default([])
			.describe('Words that say it when no placeholder does; any one of them, as a whole word in any case, will do'),
	})
	.refine((element) => element.placeholders.length + element.words.length > 0, {
		message: 'an element needs at least one placeholder or word to be found by',
	});

export const commsRequirementsFileSchema = z.strictObject({
	kinds: z
		.array(
			z.strictObject({
				id: slug.describe('Stable id that a template names in its `kind` field'),
				name: z.string().min(1).describe('The kind of message, as the communication chapter names it'),
				elements: z.array(commsElementSchema).min(1).describe('What every message of this kind must contain'),
			}),
		)
		.min(1)
		.describe('Kinds of message and what each must contain'),
});

export type ModelConfig = z.output<typeof modelConfigSchema>;
export type Level = z.output<typeof levelSchema>;
export type Question = z.output<typeof questionSchema>;
export type Answer = Question['answers'][number];
export type DecisionTree = z.output<typeof decisionTreeFileSchema>;
export type Role = z.output<typeof roleSchema>;
export type EscalationPolicy = z.output<typeof escalationFileSchema>;
export type Lifecycle = z.output<typeof lifecycleFileSchema>;
export type CommsRequirements = z.output<typeof commsRequirementsFileSchema>;
export type CommsKind = CommsRequirements['kinds'][number];
export type Phase = z.output<typeof phaseSchema>;

/** The whole incident model after validation: what every page, tool and script reads. */
export interface IncidentModel {
	config: ModelConfig;
	levels: Level[];
	tree: DecisionTree;
	roles: Role[];
	escalation: EscalationPolicy;
	lifecycle: Lifecycle;
	commsRequirements: CommsRequirements;
	/** Paragraphs explaining the levels' numbers, from levels.yaml. */
	levelRationale: string[];
}
