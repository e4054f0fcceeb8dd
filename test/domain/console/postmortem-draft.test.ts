import { describe, expect, test } from 'vitest';
import { draftFromIncident } from '../../../src/domain/console/postmortem-draft.ts';
import { addEntry, editEntry, setFact, type Incident } from '../../../src/domain/console/incident.ts';
import type { Marker } from '../../../src/domain/console/vocabulary.ts';
import { deriveFacts } from '../../../src/domain/postmortem/durations.ts';
import { importDraft } from '../../../src/domain/postmortem/draft-schema.ts';
import { exportDraft } from '../../../src/domain/postmortem/draft.ts';
import { busyLevel, declared, MINUTE, model, T0 } from './fixtures.ts';

const SECOND = 1000;
const note = (incident: Incident, text: string, at: number, marker: Marker | null = null, author = 'Tomás') =>
	addEntry(incident, { kind: 'note', text, marker, done: false, at }, at, author);

function finished(): Incident {
	let incident = declared();
	incident = setFact(incident, 'symptoms', 'Card payments fail', T0);
	incident = setFact(incident, 'impact', 'About a third of checkouts', T0);
	incident = setFact(incident, 'hypotheses', 'Pool exhausted', T0);
	incident = setFact(incident, 'runbookUrl', 'https://handbook.example/runbooks/deploy-rollback/', T0);
	incident = note(incident, 'Error alert fired', T0 - 5 * MINUTE + 40 * SECOND, 'detected');
	incident = note(incident, 'On it', T0 - 3 * MINUTE, 'acknowledged', 'Priya');
	incident = addEntry(
		incident,
		{ kind: 'check', item: 'phase:triage:0', done: true, text: 'Ask who is affected' },
		T0 + MINUTE,
		'Tomás',
	);
	incident = addEntry(
		incident,
		{ kind: 'role', role: 'incident-commander', holder: 'Sam', handoff: true },
		T0 + 2 * MINUTE,
		'Priya',
	);
	incident = note(incident, 'Rolled back 812', T0 + 12 * MINUTE + 59 * SECOND, 'mitigated');
	incident = note(incident, 'Alert on pool saturation', T0 + 13 * MINUTE, 'action');
	incident = note(incident, 'Page the DB team', T0 + 14 * MINUTE, 'action');
	incident = editEntry(incident, incident.entries.at(-1)!.id, { done: true }, T0 + 15 * MINUTE);
	return note(incident, 'All clear', T0 + 45 * MINUTE, 'resolved', 'Sam');
}

describe('draftFromIncident', () => {
	const incident = finished();
	const draft = draftFromIncident(incident, model);

	test('carries title, level, services and the people', () => {
		expect(draft).toMatchObject({
			title: 'Checkout errors after a deploy',
			severity: busyLevel.id,
			services: ['checkout', 'payments'],
			commander: 'Priya, then Sam',
			authors: ['Tomás', 'Priya', 'Sam'],
			exercise: false,
			summary: 'Card payments fail\n\nAbout a third of checkouts',
			runbooks: ['deploy-rollback'],
		});
		expect(draft.notes).toContain('Hypotheses during the response:\nPool exhausted');
	});

	test('takes the five moments from the impact start and the log’s markers, to the minute', () => {
		expect(draft).toMatchObject({
			started: '2026-03-15T13:50',
			detected: '2026-03-15T13:55',
			acknowledged: '2026-03-15T13:57',
			mitigated: '2026-03-15T14:12',
			resolved: '2026-03-15T14:45',
		});
	});

	test('gives response times that match the log', () => {
		const minutes = Object.fromEntries(
			deriveFacts(
				draft,
				draft.timeline.map((e) => e.time),
			).durations.map((d) => [d.id, d.minutes]),
		);
		expect(minutes).toMatchObject({ detect: 5, acknowledge: 2, mitigate: 22, resolve: 55 });
	});

	test('makes every entry but checklist ticks a timeline row, in order, in words', () => {
		const events = draft.timeline.map((e) => e.event);
		expect(events).toContain('Detected: Error alert fired');
		expect(events).toContain('Incident commander handed over to Sam');
		expect(events.some((e) => e.includes('Ask who is affected'))).toBe(false);
		expect(draft.timeline.map((e) => e.time)).toEqual([...draft.timeline.map((e) => e.time)].sort());
	});

	test('turns logged actions into action items, done or open', () => {
		expect(draft.actionItems.map((a) => [a.action, a.status])).toEqual([
			['Alert on pool saturation', 'open'],
			['Page the DB team', 'done'],
		]);
	});

	test('is a draft the post-mortem tool reads, flagged when it was a drill', () => {
		const drill = draftFromIncident(setFact(incident, 'exercise', true, T0), model);
		expect(importDraft(exportDraft(drill))).toEqual({ ok: true, draft: drill });
		expect(drill.exercise).toBe(true);
	});
});
