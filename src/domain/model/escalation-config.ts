import type { EscalationPolicy } from '../../schemas/model.ts';

type Rule = EscalationPolicy['rules'][number];

/** One link of the automatic paging chain: who is paged and when, counted from the alert. */
export interface PagingStep {
	/** Who is paged, in words taken from the rule's action, e.g. "primary on-call engineer". */
	target: string;
	/** Terraform-safe resource name derived from the target, e.g. "primary_on_call_engineer". */
	resource: string;
	/** Minutes this step waits after the previous one (0 for the first page). */
	waitMinutes: number;
	/** Minutes from the alert until this step pages. */
	startsAtMinutes: number;
	rule: Rule;
}

/** Thrown when a policy has no automatic paging chain a paging platform could carry out. */
export class PagingChainError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'PagingChainError';
	}
}

function targetFromAction(action: string): string {
	return action
		.replace(/^(page|notify|call)\s+/i, '')
		.replace(/^the\s+/i, '')
		.trim();
}

function resourceName(target: string): string {
	return (
		target
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '_')
			.replace(/^_+|_+$/g, '') || 'step'
	);
}

/**
 * The part of the policy a paging platform runs by itself: the opening rule plus every following rule with a
 * fixed delay that applies to all levels. The chain stops at the first rule that fires immediately, waits for
 * the IC's judgement or applies to certain levels only, because those are decisions people make, not timers.
 */
export function pagingChain(policy: EscalationPolicy): PagingStep[] {
	const [first, ...rest] = policy.rules;
	if (!first || first.after === 'ic-decision' || first.levels.length > 0) {
		throw new PagingChainError(
			'The escalation policy must open with a rule that pages someone for every level, immediately or after a fixed delay',
		);
	}
	const chain: Rule[] = [first];
	for (const rule of rest) {
		if (typeof rule.after === 'string' || rule.levels.length > 0) break;
		chain.push(rule);
	}
	const used = new Map<string, number>();
	let clock = 0;
	return chain.map((rule) => {
		const waitMinutes = typeof rule.after === 'string' ? 0 : rule.after.minutes;
		clock += waitMinutes;
		const target = targetFromAction(rule.action);
		const base = resourceName(target);
		const seen = used.get(base) ?? 0;
		used.set(base, seen + 1);
		return {
			target,
			resource: seen === 0 ? base : `${base}_${seen + 1}`,
			waitMinutes,
			startsAtMinutes: clock,
			rule,
		};
	});
}

export interface ConfigOptions {
	/** Prefix for every name shown in the paging platform, usually the organisation. */
	name: string;
	/** IANA time zone of the schedules. */
	timeZone?: string;
	/** ISO 8601 moment the first weekly shift begins; a Monday morning keeps handoffs in working hours. */
	rotationStart?: string;
	/** Minutes the last step waits before the chain starts again; defaults to the last step's own wait. */
	finalWaitMinutes?: number;
}

const DEFAULTS = { timeZone: 'Etc/UTC', rotationStart: '2026-01-05T09:00:00Z' };
const WEEK_SECONDS = 7 * 24 * 60 * 60;
const TAB = '  ';

type Line = string | [key: string, value: string];

const indent = (text: string) => text.split('\n').map((inner) => (inner ? `${TAB}${inner}` : ''));

/**
 * Writes `opening {`, the lines one level deeper, then `}`, aligning the `=` of consecutive single-line attributes
 * the way `terraform fmt` does. Blocks, object-valued attributes and list elements all share this shape.
 */
function braced(opening: string, lines: Line[]): string {
	const out: string[] = [`${opening}{`];
	let group: [string, string][] = [];
	const flush = () => {
		const width = Math.max(...group.map(([key]) => key.length));
		for (const [key, value] of group) out.push(`${TAB}${key.padEnd(width)} = ${value}`);
		group = [];
	};
	for (const line of lines) {
		if (Array.isArray(line)) {
			group.push(line);
			continue;
		}
		if (group.length > 0) flush();
		// Nested blocks arrive as finished text; indent them one level inside this one.
		out.push(...indent(line));
	}
	if (group.length > 0) flush();
	out.push('}');
	return out.join('\n');
}

/** An HCL block, e.g. `resource "x" "y" { ... }`. */
const block = (header: string, lines: Line[]) => braced(`${header} `, lines);

/** An attribute holding an object, `key = { ... }`: the Atlassian provider nests attributes where older providers nest blocks. */
const objectAttribute = (key: string, lines: Line[]) => braced(`${key} = `, lines);

/** An attribute holding a list of finished items, each on its own lines and followed by a comma, as `terraform fmt` keeps them. */
const listAttribute = (key: string, items: string[]) =>
	[`${key} = [`, ...items.flatMap((item) => indent(`${item},`)), ']'].join('\n');

const quote = (text: string) => JSON.stringify(text);

function finalWait(steps: PagingStep[], options: ConfigOptions): number {
	const last = steps.at(-1)!;
	return options.finalWaitMinutes ?? (last.waitMinutes > 0 ? last.waitMinutes : 30);
}

function describeStep(
	step: PagingStep,
	next: PagingStep | undefined,
	steps: PagingStep[],
	options: ConfigOptions,
	loops: number,
): string {
	const wait = next ? next.waitMinutes : finalWait(steps, options);
	const then = next ? `page the ${next.target}` : loops > 0 ? 'start the chain again' : 'stop paging';
	return `# Minute ${step.startsAtMinutes}: the ${step.target}.\n# Unacknowledged after ${wait} min: ${then}.`;
}

/** For platforms that count every delay from the alert: when this step pages, in words. */
function pageTime(step: PagingStep): string {
	const when =
		step.startsAtMinutes === 0 ? 'as soon as the alert opens' : `${step.startsAtMinutes} min after the alert opens`;
	return `# Page the ${step.target} ${when}`;
}

function userVariable(step: PagingStep, ids: string): string {
	return block(`variable ${quote(`${step.resource}_user_ids`)}`, [
		['description', quote(`${ids}, ${step.target} rotation`)],
		['type', 'list(string)'],
	]);
}

/**
 * The policy's repeat count, or the most the provider accepts. A capped value comes with a comment, so the
 * difference from the handbook is visible in the file rather than failing at `terraform plan`.
 */
function repeatCount(loops: number, most: number, platform: string): { count: number; note: string[] } {
	if (loops <= most) return { count: loops, note: [] };
	return { count: most, note: [`# The policy repeats the chain ${loops} times; ${platform} allows at most ${most}.`] };
}

interface Provider {
	source: string;
	/** The release whose documented schema the generator follows. */
	release: string;
	constraint: string;
}

// Resource and attribute names differ between providers and have changed between their major releases, so each
// file says which schema it follows and how to pin it.
const PAGERDUTY: Provider = { source: 'pagerduty/pagerduty', release: '3.x', constraint: '~> 3.0' };
const ATLASSIAN_OPERATIONS: Provider = {
	source: 'atlassian/atlassian-operations',
	release: 'v2.0.5',
	constraint: '~> 2.0',
};
const OPSGENIE: Provider = { source: 'opsgenie/opsgenie', release: '0.6.x', constraint: '~> 0.6' };

// The generated file names its source so nobody edits the copy and lets it drift from the handbook.
function header({ source, release, constraint }: Provider): string {
	return [
		'# Generated from content/model: edit the model, not this file.',
		`# Written against the ${source} provider ${release} schema: require it with version = "${constraint}".`,
	].join('\n');
}

/** Terraform for the PagerDuty provider: one weekly schedule per step of the paging chain and one escalation policy. */
export function pagerDutyTerraform(policy: EscalationPolicy, options: ConfigOptions): string {
	const steps = pagingChain(policy);
	const { timeZone, rotationStart } = { ...DEFAULTS, ...options };
	const parts: string[] = [header(PAGERDUTY)];
	for (const step of steps) {
		parts.push(userVariable(step, 'PagerDuty user ids'));
		parts.push(
			block(`resource "pagerduty_schedule" ${quote(step.resource)}`, [
				['name', quote(`${options.name} ${step.target}`)],
				['time_zone', quote(timeZone)],
				'',
				block('layer', [
					['name', quote('Weekly')],
					['start', quote(rotationStart)],
					['rotation_virtual_start', quote(rotationStart)],
					['rotation_turn_length_seconds', String(WEEK_SECONDS)],
					['users', `var.${step.resource}_user_ids`],
				]),
			]),
		);
	}
	const rules = steps.map((step, index) =>
		block('rule', [
			describeStep(step, steps[index + 1], steps, options, policy.loops),
			['escalation_delay_in_minutes', String(steps[index + 1]?.waitMinutes ?? finalWait(steps, options))],
			block('target', [
				['type', quote('schedule_reference')],
				['id', `pagerduty_schedule.${step.resource}.id`],
			]),
		]),
	);
	// The provider rejects num_loops above 9.
	const { count, note } = repeatCount(policy.loops, 9, 'PagerDuty');
	parts.push(
		block('resource "pagerduty_escalation_policy" "incident"', [
			['name', quote(`${options.name} incident escalation`)],
			...note,
			['num_loops', String(count)],
			'',
			rules.join('\n\n'),
		]),
	);
	return parts.join('\n\n') + '\n';
}

/**
 * Terraform for Atlassian's atlassian-operations provider, which manages the on-call side of Jira Service
 * Management that took over from Opsgenie. The escalation's rules are an unordered set, each delay counted
 * from the moment the alert was created, so the delays are the running totals of the model's waits.
 */
export function jiraServiceManagementTerraform(policy: EscalationPolicy, options: ConfigOptions): string {
	const steps = pagingChain(policy);
	const { timeZone, rotationStart } = { ...DEFAULTS, ...options };
	const parts: string[] = [header(ATLASSIAN_OPERATIONS)];
	parts.push(
		block('variable "team_id"', [
			['description', quote('Id of the Jira Service Management team that owns the schedules and the escalation')],
			['type', 'string'],
		]),
	);
	for (const step of steps) {
		parts.push(userVariable(step, 'Atlassian account ids'));
		parts.push(
			block(`resource "atlassian-operations_schedule" ${quote(step.resource)}`, [
				['name', quote(`${options.name} ${step.target}`)],
				['team_id', 'var.team_id'],
				['timezone', quote(timeZone)],
				['enabled', 'true'],
			]),
		);
		parts.push(
			block(`resource "atlassian-operations_schedule_rotation" ${quote(step.resource)}`, [
				['schedule_id', `atlassian-operations_schedule.${step.resource}.id`],
				['name', quote('Weekly')],
				['start_date', quote(rotationStart)],
				['type', quote('weekly')],
				['length', '1'],
				['participants', `[for account_id in var.${step.resource}_user_ids : { type = "user", id = account_id }]`],
			]),
		);
	}
	const rules = steps.map((step) =>
		[
			pageTime(step),
			braced('', [
				['condition', quote('if-not-acked')],
				['notify_type', quote('default')],
				['delay', String(step.startsAtMinutes)],
				objectAttribute('recipient', [
					['type', quote('schedule')],
					['id', `atlassian-operations_schedule.${step.resource}.id`],
				]),
			]),
		].join('\n'),
	);
	// The provider accepts a repeat count from 1 to 20; a wait interval of 0 is how it is told not to repeat.
	const { count, note } = repeatCount(policy.loops, 20, 'Jira Service Management');
	const wait = finalWait(steps, options);
	const repeat =
		count > 0
			? objectAttribute('repeat', [
					`# Unacknowledged ${wait} min after the last page: start the chain again, up to ${count} more times.`,
					...note,
					['wait_interval', String(wait)],
					['count', String(count)],
					['reset_recipient_states', 'false'],
					['close_alert_after_all', 'false'],
				])
			: objectAttribute('repeat', ['# Stop paging after the last step.', ['wait_interval', '0']]);
	parts.push(
		block('resource "atlassian-operations_escalation" "incident"', [
			['name', quote(`${options.name} incident escalation`)],
			['team_id', 'var.team_id'],
			'',
			listAttribute('rules', rules),
			'',
			repeat,
		]),
	);
	return parts.join('\n\n') + '\n';
}

/**
 * Terraform for the Opsgenie provider. Opsgenie counts each rule's delay from the moment the alert was
 * created, not from the previous rule, so the delays here are the running totals of the model's waits.
 */
export function opsgenieTerraform(policy: EscalationPolicy, options: ConfigOptions): string {
	const steps = pagingChain(policy);
	const { timeZone, rotationStart } = { ...DEFAULTS, ...options };
	const parts: string[] = [header(OPSGENIE)];
	for (const step of steps) {
		parts.push(userVariable(step, 'Opsgenie user ids'));
		parts.push(
			block(`resource "opsgenie_schedule" ${quote(step.resource)}`, [
				['name', quote(`${options.name} ${step.target}`)],
				['timezone', quote(timeZone)],
				['enabled', 'true'],
			]),
		);
		parts.push(
			block(`resource "opsgenie_schedule_rotation" ${quote(step.resource)}`, [
				['schedule_id', `opsgenie_schedule.${step.resource}.id`],
				['name', quote('Weekly')],
				['start_date', quote(rotationStart)],
				['type', quote('weekly')],
				['length', '1'],
				'',
				block('dynamic "participant"', [
					['for_each', `var.${step.resource}_user_ids`],
					block('content', [
						['type', quote('user')],
						['id', 'participant.value'],
					]),
				]),
			]),
		);
	}
	const rules = steps.map((step) =>
		block('rules', [
			pageTime(step),
			['condition', quote('if-not-acked')],
			['notify_type', quote('default')],
			['delay', String(step.startsAtMinutes)],
			block('recipient', [
				['type', quote('schedule')],
				['id', `opsgenie_schedule.${step.resource}.id`],
			]),
		]),
	);
	const body: Line[] = [['name', quote(`${options.name} incident escalation`)], '', rules.join('\n\n')];
	if (policy.loops > 0) {
		body.push(
			'',
			block('repeat', [
				['wait_interval', String(finalWait(steps, options))],
				['count', String(policy.loops)],
				['reset_recipient_states', 'false'],
				['close_alert_after_all', 'false'],
			]),
		);
	}
	parts.push(block('resource "opsgenie_escalation" "incident"', body));
	return parts.join('\n\n') + '\n';
}
