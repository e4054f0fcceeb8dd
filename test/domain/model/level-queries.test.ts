import { describe, expect, test } from 'vitest';
import { levelsIn } from '../../../src/domain/model/level-queries.ts';
import { levelSchema, type Level } from '../../../src/schemas/model.ts';

function level(id: string, overrides: Partial<Record<string, unknown>>): Level {
	return levelSchema.parse({
		id,
		label: id,
		badge: 'note',
		impact: 'impact',
		examples: [{ situation: 'example', answers: {} }],
		coverage: 'business-hours',
		acknowledgeWithin: '1h',
		respondWithin: '1h',
		notification: 'ticket',
		paged: ['queue'],
		updates: { internal: null, external: null },
		targets: { mitigate: null, resolve: '1w' },
		roles: ['technical-lead'],
		requires: { warRoom: false, statusPage: false, customerEmail: false, executiveNotice: false, postmortem: 'none' },
		...overrides,
	});
}

const levels = [
	level('A', {
		coverage: '24/7',
		notification: 'page',
		requires: { warRoom: true, statusPage: true, customerEmail: true, executiveNotice: true, postmortem: 'full' },
	}),
	level('B', {
		coverage: '24/7',
		notification: 'page',
		requires: { warRoom: true, statusPage: true, customerEmail: false, executiveNotice: false, postmortem: 'full' },
	}),
	level('C', { notification: 'notify' }),
	level('D', {}),
];
const ids = (group: Parameters<typeof levelsIn>[1]) => levelsIn(levels, group).map((l) => l.id);

describe('levelsIn', () => {
	test('picks the first and last level as the most and least severe', () => {
		expect(ids('most-severe')).toEqual(['A']);
		expect(ids('least-severe')).toEqual(['D']);
	});

	test('splits levels that page from those that do not', () => {
		expect(ids('paged')).toEqual(['A', 'B']);
		expect(ids('not-paged')).toEqual(['C', 'D']);
		expect(ids('ticketed')).toEqual(['D']);
	});

	test('follows what each level requires', () => {
		expect(ids('war-room')).toEqual(['A', 'B']);
		expect(ids('customer-email')).toEqual(['A']);
		expect(ids('executive-notice')).toEqual(['A']);
		expect(ids('no-postmortem')).toEqual(['C', 'D']);
	});

	test('keeps the model order, most severe first', () => {
		expect(ids('all')).toEqual(['A', 'B', 'C', 'D']);
	});
});
