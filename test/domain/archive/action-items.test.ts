import { describe, expect, test } from 'vitest';
import {
	daysOverdue,
	describeDue,
	openItemsByOwner,
	type TrackedItem,
} from '../../../src/domain/archive/action-items.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function item(overrides: Partial<TrackedItem>): TrackedItem {
	return {
		postmortemId: 'pm-a',
		postmortemTitle: 'A',
		id: 'AI-1',
		action: 'Do the thing',
		priority: 'P2',
		owner: 'Team A',
		due: day('2025-06-01'),
		status: 'open',
		...overrides,
	};
}

describe('daysOverdue and describeDue', () => {
	test('counts whole days past the due date in words', () => {
		expect(daysOverdue(day('2025-06-01'), day('2025-06-13'))).toBe(12);
		expect(describeDue(12)).toBe('Overdue by 12 days');
		expect(describeDue(1)).toBe('Overdue by 1 day');
	});

	test('an item due on the build date is not yet overdue', () => {
		expect(daysOverdue(day('2025-06-13'), day('2025-06-13'))).toBe(0);
		expect(describeDue(0)).toBe('Due today');
		expect(describeDue(-3)).toBe('Due in 3 days');
	});
});

describe('openItemsByOwner', () => {
	const items = [
		item({ owner: 'Team B', id: 'AI-1', due: day('2025-06-10') }),
		item({ owner: 'Team A', id: 'AI-2', status: 'done' }),
		item({ owner: 'Team A', id: 'AI-3', status: 'wont-do' }),
		item({ owner: 'Team A', id: 'AI-4', status: 'in-progress', due: day('2025-07-01') }),
		item({ owner: 'Team A', id: 'AI-5', due: day('2025-05-01'), postmortemId: 'pm-b' }),
	];

	test('keeps only open and in-progress items, grouped by owner alphabetically', () => {
		const groups = openItemsByOwner(items, day('2025-06-13'));
		expect(groups.map((g) => [g.owner, g.items.map((i) => i.id)])).toEqual([
			['Team A', ['AI-5', 'AI-4']],
			['Team B', ['AI-1']],
		]);
	});

	test('puts the most overdue item of an owner first and records how late each is', () => {
		const [teamA] = openItemsByOwner(items, day('2025-06-13'));
		expect(teamA!.items.map((i) => i.daysOverdue)).toEqual([43, -18]);
	});

	test('has no groups when everything is done', () => {
		expect(openItemsByOwner([item({ status: 'done' })], day('2025-06-13'))).toEqual([]);
	});
});
