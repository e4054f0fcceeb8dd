import { describe, expect, test } from 'vitest';
import { dueState, SOON_MINUTES, updatesDue } from '../../../src/domain/console/due.ts';
import { addEntry } from '../../../src/domain/console/incident.ts';
import { busyLevel, declared, MINUTE, model, quietLevel, T0 } from './fixtures.ts';

describe('updatesDue', () => {
	test('counts both cadences from the declaration until an update goes out', () => {
		const [internal, external] = updatesDue(declared(), busyLevel.id, model);
		expect(internal).toEqual({
			audience: 'internal',
			cadence: busyLevel.updates.internal,
			since: T0,
			dueAt: T0 + busyLevel.updates.internal! * MINUTE,
		});
		expect(external!.dueAt).toBe(T0 + busyLevel.updates.external! * MINUTE);
	});

	test('restarts a clock from the last update to its audience', () => {
		const sent = addEntry(
			declared(),
			{ kind: 'update', audience: 'internal', template: 'internal-update', text: 'x' },
			T0 + 12 * MINUTE,
			'P',
		);
		expect(updatesDue(sent, busyLevel.id, model)[0]!.dueAt).toBe(T0 + (12 + busyLevel.updates.internal!) * MINUTE);
	});

	test('owes nothing where the level has no cadence, or once the incident is resolved', () => {
		expect(updatesDue(declared({ level: quietLevel.id }), quietLevel.id, model)[1]).toMatchObject({
			cadence: null,
			dueAt: null,
		});
		const resolved = addEntry(
			declared(),
			{ kind: 'note', text: '', marker: 'resolved', done: false },
			T0 + MINUTE,
			'P',
		);
		expect(updatesDue(resolved, busyLevel.id, model).map((d) => d.dueAt)).toEqual([null, null]);
	});
});

describe('dueState', () => {
	test('is ok, then soon, then overdue as the due time nears and passes', () => {
		const due = T0 + 30 * MINUTE;
		expect(dueState(due, T0)).toBe('ok');
		expect(dueState(due, due - SOON_MINUTES * MINUTE)).toBe('soon');
		expect(dueState(due, due)).toBe('overdue');
		expect(dueState(null, T0)).toBe('none');
	});
});
