import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { readFileSync, readdirSync } from 'node:fs';
import { escalationFileSchema, type EscalationPolicy } from '../../../src/schemas/model.ts';
import {
	PagingChainError,
	jiraServiceManagementTerraform,
	opsgenieTerraform,
	pagerDutyTerraform,
	pagingChain,
} from '../../../src/domain/model/escalation-config.ts';

const policy = (rules: unknown[], loops = 2): EscalationPolicy => escalationFileSchema.parse({ loops, rules });

const standard = policy([
	{ trigger: 'Alert', action: 'Page the primary on-call engineer', after: 'immediately' },
	{ trigger: 'No ack', action: 'Page the secondary on-call engineer', after: '5m' },
	{ trigger: 'Still no ack', action: 'Page the engineering manager', after: '10m' },
	{ trigger: 'Worst level', action: 'Notify executives', after: 'immediately', levels: ['L1'] },
	{ trigger: 'Late', action: 'Page the director', after: '1h' },
]);

/** Every `key = value` pair inside the named blocks, in order. */
function values(hcl: string, key: string): string[] {
	return [...hcl.matchAll(new RegExp(`^\\s*${key}\\s+= (.+)$`, 'gm'))].map((m) => m[1]!);
}

describe('pagingChain', () => {
	test('keeps the timed opening rules and stops at the first rule people decide on', () => {
		const chain = pagingChain(standard);
		expect(chain.map((s) => s.target)).toEqual([
			'primary on-call engineer',
			'secondary on-call engineer',
			'engineering manager',
		]);
	});

	test('counts each page from the alert by adding up the waits', () => {
		expect(pagingChain(standard).map((s) => s.startsAtMinutes)).toEqual([0, 5, 15]);
	});

	test('gives repeated targets distinct resource names', () => {
		const chain = pagingChain(
			policy([
				{ trigger: 'a', action: 'Page the on-call', after: 'immediately' },
				{ trigger: 'b', action: 'Page the on-call', after: '5m' },
			]),
		);
		expect(chain.map((s) => s.resource)).toEqual(['on_call', 'on_call_2']);
	});

	test('throws when the policy opens with a judgement call instead of a page', () => {
		expect(() => pagingChain(policy([{ trigger: 'x', action: 'IC decides', after: 'ic-decision' }]))).toThrow(
			PagingChainError,
		);
	});
});

describe('pagerDutyTerraform', () => {
	const hcl = pagerDutyTerraform(standard, { name: 'Acme' });

	test('escalates away from each rule after the wait of the rule that follows it', () => {
		expect(values(hcl, 'escalation_delay_in_minutes')).toEqual(['5', '10', '10']);
	});

	test('repeats the chain as many times as the policy says', () => {
		expect(values(hcl, 'num_loops')).toEqual(['2']);
	});

	test('defines one weekly schedule per step and targets them in order', () => {
		expect(values(hcl, 'rotation_turn_length_seconds')).toEqual(['604800', '604800', '604800']);
		expect(values(hcl, 'id')).toEqual([
			'pagerduty_schedule.primary_on_call_engineer.id',
			'pagerduty_schedule.secondary_on_call_engineer.id',
			'pagerduty_schedule.engineering_manager.id',
		]);
	});

	test('honours an explicit wait before the chain starts again', () => {
		expect(
			values(pagerDutyTerraform(standard, { name: 'Acme', finalWaitMinutes: 30 }), 'escalation_delay_in_minutes'),
		).toEqual(['5', '10', '30']);
	});

	test('tells the reader whether the chain repeats or stops after the last step', () => {
		expect(hcl).toContain('start the chain again');
		const once = policy([{ trigger: 'a', action: 'Page the on-call', after: 'immediately' }], 0);
		const single = pagerDutyTerraform(once, { name: 'Acme' });
		expect(single).toContain('stop paging');
		expect(single).not.toContain('start the chain again');
	});

	test('leaves out rules that only people can act on', () => {
		expect(hcl).not.toContain('director');
		expect(hcl).not.toContain('executives');
	});

	test('caps the repeats at the 9 the provider accepts, and says so', () => {
		const many = pagerDutyTerraform({ ...standard, loops: 12 }, { name: 'Acme' });
		expect(values(many, 'num_loops')).toEqual(['9']);
		expect(many).toContain('# The policy repeats the chain 12 times; PagerDuty allows at most 9.');
		expect(hcl).not.toContain('allows at most');
	});

	test('names the provider release whose schema it follows', () => {
		expect(hcl.split('\n')[1]).toBe(
			'# Written against the pagerduty/pagerduty provider 3.x schema: require it with version = "~> 3.0".',
		);
	});
});

describe('jiraServiceManagementTerraform', () => {
	const hcl = jiraServiceManagementTerraform(standard, { name: 'Acme' });

	test('writes delays as minutes since the alert opened', () => {
		expect(values(hcl, 'delay')).toEqual(['0', '5', '15']);
	});

	test('notifies whoever is on call in each step’s schedule, while the alert is unacknowledged', () => {
		expect(values(hcl, 'id')).toEqual([
			'atlassian-operations_schedule.primary_on_call_engineer.id',
			'atlassian-operations_schedule.secondary_on_call_engineer.id',
			'atlassian-operations_schedule.engineering_manager.id',
		]);
		expect(new Set(values(hcl, 'notify_type'))).toEqual(new Set(['"default"']));
		expect(new Set(values(hcl, 'condition'))).toEqual(new Set(['"if-not-acked"']));
	});

	test('defines one weekly rotation per step, filled from a list of Atlassian account ids', () => {
		expect(values(hcl, 'type').filter((type) => type === '"weekly"')).toHaveLength(3);
		expect(values(hcl, 'participants')).toEqual(
			['primary_on_call_engineer', 'secondary_on_call_engineer', 'engineering_manager'].map(
				(resource) => `[for account_id in var.${resource}_user_ids : { type = "user", id = account_id }]`,
			),
		);
		expect(hcl).toContain('description = "Atlassian account ids, primary on-call engineer rotation"');
	});

	test('puts every schedule and the escalation under the one team given as a variable', () => {
		expect(hcl).toContain('variable "team_id" {');
		expect(values(hcl, 'team_id')).toEqual(Array(4).fill('var.team_id'));
	});

	test('repeats the chain as many times as the policy says, after the last step’s wait', () => {
		expect(values(hcl, 'count')).toEqual(['2']);
		expect(values(hcl, 'wait_interval')).toEqual(['10']);
		expect(
			values(jiraServiceManagementTerraform(standard, { name: 'Acme', finalWaitMinutes: 30 }), 'wait_interval'),
		).toEqual(['30']);
	});

	test('turns repeating off with a zero wait interval when the policy says zero', () => {
		const once = jiraServiceManagementTerraform({ ...standard, loops: 0 }, { name: 'Acme' });
		expect(values(once, 'wait_interval')).toEqual(['0']);
		expect(values(once, 'count')).toEqual([]);
	});

	test('caps the repeats at the 20 the provider accepts, and says so', () => {
		const many = jiraServiceManagementTerraform({ ...standard, loops: 25 }, { name: 'Acme' });
		expect(values(many, 'count')).toEqual(['20']);
		expect(many).toContain('# The policy repeats the chain 25 times; Jira Service Management allows at most 20.');
	});

	test('leaves out rules that only people can act on', () => {
		expect(hcl).not.toContain('director');
		expect(hcl).not.toContain('executives');
	});

	test('names the provider release whose schema it follows', () => {
		expect(hcl.split('\n')[1]).toBe(
			'# Written against the atlassian/atlassian-operations provider v2.0.5 schema: require it with version = "~> 2.0".',
		);
	});
});

describe('opsgenieTerraform', () => {
	test('writes delays as minutes since the alert opened', () => {
		expect(values(opsgenieTerraform(standard, { name: 'Acme' }), 'delay')).toEqual(['0', '5', '15']);
	});

	test('repeats as many times as the policy says, and not at all when it says zero', () => {
		expect(values(opsgenieTerraform(standard, { name: 'Acme' }), 'count')).toEqual(['2']);
		const once = policy(
			[
				{ trigger: 'a', action: 'Page the on-call', after: 'immediately' },
				{ trigger: 'b', action: 'Page the lead', after: '5m' },
			],
			0,
		);
		expect(opsgenieTerraform(once, { name: 'Acme' })).not.toContain('repeat');
	});

	test('names the provider release whose schema it follows', () => {
		expect(opsgenieTerraform(standard, { name: 'Acme' }).split('\n')[1]).toBe(
			'# Written against the opsgenie/opsgenie provider 0.6.x schema: require it with version = "~> 0.6".',
		);
	});
});

describe('the shipped presets', () => {
	const presets = readdirSync('content/model/presets');
	const load = (preset: string) =>
		escalationFileSchema.parse(parse(readFileSync(`content/model/presets/${preset}/escalation.yaml`, 'utf8')));

	test('include both severity scales', () => {
		expect(presets).toEqual(expect.arrayContaining(['sev1-sev4', 'sev0-sev3']));
	});

	test.each(presets)('%s produces a paging chain whose delays come from its escalation.yaml', (preset) => {
		const file = load(preset);
		const chain = pagingChain(file);
		expect(chain.length).toBeGreaterThan(1);
		const waits = chain.slice(1).map((s) => String(s.waitMinutes));
		expect(values(pagerDutyTerraform(file, { name: 'x' }), 'escalation_delay_in_minutes').slice(0, -1)).toEqual(waits);
	});

	test.each(presets)(
		'%s gives Jira Service Management the running totals of its waits and its repeat count',
		(preset) => {
			const file = load(preset);
			const hcl = jiraServiceManagementTerraform(file, { name: 'x' });
			let total = 0;
			const totals = pagingChain(file).map((step) => (total += step.waitMinutes));
			expect(values(hcl, 'delay').map(Number)).toEqual(totals);
			expect(values(hcl, 'count').map(Number)).toEqual([file.loops]);
			expect(values(hcl, 'id')).toHaveLength(totals.length);
		},
	);
});
