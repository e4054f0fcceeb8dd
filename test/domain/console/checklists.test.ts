import { describe, expect, test } from 'vitest';
import { checklist, phaseList } from '../../../src/domain/console/checklists.ts';
import { addEntry, removeEntry } from '../../../src/domain/console/incident.ts';
import { declared, model, T0 } from './fixtures.ts';

const phase = model.phases[0]!;
const tick = (incident: ReturnType<typeof declared>, item: string, done: boolean, at: number) =>
	addEntry(incident, { kind: 'check', item, done, text: 'x', at }, at, 'Tomás');

describe('checklist', () => {
	test('lists the model items, none done at first', () => {
		const items = checklist(declared(), phaseList(phase.id), phase.steps);
		expect(items.map((i) => i.text)).toEqual(phase.steps);
		expect(items.every((i) => i.done === null)).toBe(true);
	});

	test('marks an item done with its time and author, and follows the last tick', () => {
		const id = `${phaseList(phase.id)}:0`;
		const done = tick(declared(), id, true, T0 + 1000);
		expect(checklist(done, phaseList(phase.id), phase.steps)[0]!.done).toMatchObject({
			at: T0 + 1000,
			author: 'Tomás',
		});
		const undone = tick(done, id, false, T0 + 2000);
		expect(checklist(undone, phaseList(phase.id), phase.steps)[0]!.done).toBeNull();
		expect(
			checklist(removeEntry(undone, undone.entries.at(-1)!.id, T0 + 3000), phaseList(phase.id), phase.steps)[0]!.done,
		).not.toBeNull();
	});

	test('keeps lists apart, even when one id starts like another', () => {
		const incident = tick(declared(), 'phase:triage-extra:0', true, T0);
		expect(checklist(incident, 'phase:triage', ['a'])[0]!.done).toBeNull();
	});
});
