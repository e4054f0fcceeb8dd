import { describe, expect, test } from 'vitest';
import {
	addEntry,
	byTime,
	currentLevel,
	currentPhase,
	declareIncident,
	editEntry,
	isResolved,
	lastUpdate,
	liveEntries,
	markerTime,
	newId,
	openActions,
	removeEntry,
	roleHolders,
	setFact,
	type Incident,
} from '../../../src/domain/console/incident.ts';
import type { Marker } from '../../../src/domain/console/vocabulary.ts';
import { declaration, declared, MINUTE, T0 } from './fixtures.ts';

const note = (incident: Incident, text: string, at: number, marker: Marker | null = null) =>
	addEntry(incident, { kind: 'note', text, marker, done: false, at }, at, 'Tomás');

describe('newId', () => {
	test('starts with the moment, and ids made in the same millisecond sort in the order they were made', () => {
		const first = newId(T0, () => 0.999999999);
		const second = newId(T0, () => 0);
		expect(first.startsWith(`${T0.toString(36)}-`)).toBe(true);
		expect(first < second).toBe(true);
	});
});

describe('declareIncident', () => {
	test('logs the level with its reason and each named role holder', () => {
		const incident = declareIncident(
			declaration({ roles: { 'incident-commander': 'Priya', scribe: ' ' } }),
			T0,
			'Priya',
		);
		expect(incident.declaredAt).toBe(T0);
		expect(incident.entries.map((e) => e.kind)).toEqual(['level', 'role']);
		expect(currentLevel(incident)).toMatchObject({
			level: declaration().level,
			text: 'Card payments fail for everyone',
		});
		expect(roleHolders(incident)).toEqual({ 'incident-commander': 'Priya' });
		expect(incident.facts.title.value).toBe('Checkout errors after a deploy');
	});
});

describe('addEntry', () => {
	test('keeps the log in time order, whatever order entries arrive in', () => {
		let incident = note(declared(), 'later', T0 + 5 * MINUTE);
		incident = note(incident, 'earlier', T0 + MINUTE);
		expect(
			liveEntries(incident)
				.map((e) => ('text' in e ? e.text : e.kind))
				.slice(-2),
		).toEqual(['earlier', 'later']);
		expect([...incident.entries].sort(byTime)).toEqual(incident.entries);
	});

	test('records who wrote the entry', () => {
		const entries = note(declared(), 'x', T0 + 1).entries;
		expect(entries.find((e) => e.kind === 'note')!.author).toBe('Tomás');
	});
});

describe('editEntry', () => {
	test('changes the entry and stamps it later than before, even within the same millisecond', () => {
		const incident = note(declared(), 'Eror rate up', T0 + 1);
		const entry = incident.entries.at(-1)!;
		const edited = editEntry(incident, entry.id, { text: 'Error rate up' }, entry.edited);
		expect(edited.entries.at(-1)).toMatchObject({ text: 'Error rate up', edited: entry.edited + 1 });
	});
});

describe('removeEntry', () => {
	test('hides the entry and keeps a tombstone', () => {
		const incident = note(declared(), 'mistake', T0 + 1);
		const id = incident.entries.at(-1)!.id;
		const removed = removeEntry(incident, id, T0 + 1);
		expect(liveEntries(removed).some((e) => e.id === id)).toBe(false);
		expect(removed.entries.find((e) => e.id === id)?.deleted).toBe(true);
	});
});

describe('setFact', () => {
	test('replaces the value and stamps the change', () => {
		const incident = setFact(declared(), 'impact', 'A third of checkouts fail', T0 + MINUTE);
		expect(incident.facts.impact).toEqual({ value: 'A third of checkouts fail', edited: T0 + MINUTE });
	});
});

describe('currentLevel', () => {
	test('is the last level set, and the one before when that change is deleted', () => {
		const first = declared();
		const raised = addEntry(
			first,
			{ kind: 'level', level: 'SEV1', text: 'Data loss', answers: '' },
			T0 + MINUTE,
			'Priya',
		);
		expect(currentLevel(raised)?.level).toBe('SEV1');
		expect(currentLevel(removeEntry(raised, raised.entries.at(-1)!.id, T0 + 2 * MINUTE))?.level).toBe(
			declaration().level,
		);
	});
});

describe('roleHolders', () => {
	test('follows hand-overs and a role left empty', () => {
		let incident = addEntry(
			declared(),
			{ kind: 'role', role: 'incident-commander', holder: 'Sam', handoff: true },
			T0 + MINUTE,
			'Priya',
		);
		incident = addEntry(incident, { kind: 'role', role: 'scribe', holder: '', handoff: false }, T0 + MINUTE, 'Priya');
		expect(roleHolders(incident)).toEqual({ 'incident-commander': 'Sam', scribe: '' });
	});
});

describe('currentPhase', () => {
	test('starts at the first phase and follows the last one chosen, ignoring phases the model lacks', () => {
		const phases = ['detection', 'triage', 'mitigation'];
		expect(currentPhase(declared(), phases)).toBe('detection');
		let incident = addEntry(declared(), { kind: 'phase', phase: 'mitigation' }, T0 + MINUTE, 'Priya');
		incident = addEntry(incident, { kind: 'phase', phase: 'renamed-away' }, T0 + 2 * MINUTE, 'Priya');
		expect(currentPhase(incident, phases)).toBe('mitigation');
	});
});

describe('markerTime', () => {
	test('takes the first mitigation and the last resolution', () => {
		let incident = note(declared(), 'Rolled back', T0 + 10 * MINUTE, 'mitigated');
		incident = note(incident, 'Came back after the cache warmed', T0 + 20 * MINUTE, 'mitigated');
		incident = note(incident, 'All clear', T0 + 30 * MINUTE, 'resolved');
		incident = note(incident, 'Reopened and closed again', T0 + 40 * MINUTE, 'resolved');
		expect(markerTime(incident, 'mitigated')).toBe(T0 + 10 * MINUTE);
		expect(markerTime(incident, 'resolved')).toBe(T0 + 40 * MINUTE);
		expect(markerTime(incident, 'detected')).toBeNull();
	});
});

describe('isResolved', () => {
	test('is true once a resolution is logged, and false again when it is deleted', () => {
		const resolved = note(declared(), '', T0 + MINUTE, 'resolved');
		expect(isResolved(declared())).toBe(false);
		expect(isResolved(resolved)).toBe(true);
		expect(isResolved(removeEntry(resolved, resolved.entries.at(-1)!.id, T0 + 2 * MINUTE))).toBe(false);
	});
});

describe('lastUpdate', () => {
	test('is the declaration until an update to that audience is logged', () => {
		const incident = addEntry(
			declared(),
			{ kind: 'update', audience: 'internal', template: 'x', text: 'X' },
			T0 + 7 * MINUTE,
			'Priya',
		);
		expect(lastUpdate(incident, 'internal')).toBe(T0 + 7 * MINUTE);
		expect(lastUpdate(incident, 'public')).toBe(T0);
	});
});

describe('openActions', () => {
	test('lists actions not yet done', () => {
		let incident = note(declared(), 'Add a canary stage', T0 + 1, 'action');
		incident = note(incident, 'Page the database team', T0 + MINUTE, 'action');
		incident = editEntry(incident, incident.entries.at(-1)!.id, { done: true }, T0 + 2 * MINUTE);
		expect(openActions(incident).map((e) => e.text)).toEqual(['Add a canary stage']);
	});
});
