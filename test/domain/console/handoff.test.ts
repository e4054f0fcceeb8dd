import { describe, expect, test } from 'vitest';
import { handoffBrief } from '../../../src/domain/console/handoff.ts';
import { addEntry, setFact, type Incident } from '../../../src/domain/console/incident.ts';
import { EXERCISE_NOTICE } from '../../../src/domain/console/vocabulary.ts';
import { busyLevel, declared, MINUTE, model, T0 } from './fixtures.ts';

const note = (
	incident: Incident,
	text: string,
	minutes: number,
	marker: 'decision' | 'action' | 'mitigated' | null = null,
) =>
	addEntry(
		incident,
		{ kind: 'note', text, marker, done: false, at: T0 + minutes * MINUTE },
		T0 + minutes * MINUTE,
		'Tomás',
	);

const commander = model.roles.find((r) => r.id === 'incident-commander')!;

function section(brief: string, heading: string): string[] {
	const lines = brief.split('\n');
	const start = lines.indexOf(heading);
	const end = lines.indexOf('', start);
	return lines.slice(start + 1, end === -1 ? undefined : end);
}

describe('handoffBrief', () => {
	let incident = declared();
	incident = setFact(incident, 'impact', 'A third of checkouts fail', T0);
	incident = setFact(incident, 'hypotheses', 'Connection pool exhausted by deploy 812', T0);
	incident = note(incident, 'Roll back deploy 812', 3, 'decision');
	incident = note(incident, 'Graphs show a pool at its limit', 4);
	incident = note(incident, 'Raise the pool alert threshold', 5, 'action');
	const brief = handoffBrief(incident, model, T0 + 10 * MINUTE, commander.id);

	test('opens with the incident, its level and how long it has run', () => {
		expect(brief.split('\n').slice(0, 9)).toEqual([
			'HAND-OVER BRIEF: Checkout errors after a deploy',
			'As of 2026-03-15 14:10 UTC',
			'',
			`Level: ${busyLevel.id} (${busyLevel.label}), since 14:00 UTC (Card payments fail for everyone)`,
			'Declared: 14:00 UTC, 10 minutes ago',
			'Impact started: 13:50 UTC, 20 minutes ago',
			'Services: checkout, payments',
			'Channel: #inc-20260315-checkout-errors',
			`Phase: ${model.phases[0]!.name}`,
		]);
	});

	test('lists what was tried and decided apart from recent notes and open actions', () => {
		expect(section(brief, 'TRIED AND DECIDED')).toEqual(['- 14:03 UTC Decision: Roll back deploy 812']);
		expect(section(brief, 'RECENT NOTES')).toEqual(['- 14:04 UTC Graphs show a pool at its limit']);
		expect(section(brief, 'OPEN ACTIONS')).toEqual(['- Raise the pool alert threshold (logged 14:05 UTC by Tomás)']);
		expect(section(brief, 'CURRENT HYPOTHESES')).toEqual(['Connection pool exhausted by deploy 812']);
	});

	test('names every role the level staffs, held or not', () => {
		const roles = section(brief, 'WHO HOLDS EACH ROLE');
		expect(roles).toContain(`- ${commander.name}: Priya`);
		expect(roles).toHaveLength(new Set([...busyLevel.roles, 'incident-commander', 'scribe']).size);
		expect(roles.some((r) => r.endsWith(': nobody yet'))).toBe(busyLevel.roles.length > 2);
	});

	test('says when the next updates are due, and that one is overdue', () => {
		const late = handoffBrief(incident, model, T0 + (busyLevel.updates.internal! + 3) * MINUTE);
		expect(section(late, 'NEXT UPDATES')[0]).toMatch(/^- Internal update: due 14:\d\d UTC \(overdue by 3 minutes\)$/);
	});

	test('ends with what the model says to pass on for the role changing hands', () => {
		expect(section(brief, `HANDING OVER ${commander.name.toUpperCase()}: ALSO PASS ON`)).toEqual(
			commander.handover.map((h) => `- ${h}`),
		);
		expect(handoffBrief(incident, model, T0)).not.toContain('HANDING OVER');
	});

	test('carries the exercise notice for a drill', () => {
		expect(handoffBrief(setFact(incident, 'exercise', true, T0), model, T0).split('\n')[1]).toBe(EXERCISE_NOTICE);
	});
});
