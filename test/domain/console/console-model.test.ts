import { describe, expect, test } from 'vitest';
import { commanderRole, levelName, roleName, toConsoleModel } from '../../../src/domain/console/console-model.ts';
import { fullModel } from './fixtures.ts';

describe('toConsoleModel', () => {
	test('keeps cadences in minutes, each role’s checklist and hand-over list, and the phases', () => {
		const model = toConsoleModel(fullModel);
		expect(model.levels[0]!.updates.internal).toBe(fullModel.levels[0]!.updates.internal?.minutes ?? null);
		expect(model.roles.map((r) => r.checklist)).toEqual(fullModel.roles.map((r) => r.checklist));
		expect(model.roles.every((r) => r.checklist.length > 0)).toBe(true);
		expect(model.phases).toEqual(fullModel.lifecycle.phases);
		expect(JSON.parse(JSON.stringify(model))).toEqual(model);
	});
});

describe('commanderRole', () => {
	test('is the incident commander, or the first role of a model without one', () => {
		expect(commanderRole({ roles: [{ id: 'scribe' }, { id: 'incident-commander' }] } as never)).toBe(
			'incident-commander',
		);
		expect(commanderRole({ roles: [{ id: 'lead' }, { id: 'scribe' }] } as never)).toBe('lead');
	});
});

describe('levelName', () => {
	test('gives the id and label, or the bare id of a level from elsewhere', () => {
		const model = toConsoleModel(fullModel);
		expect(levelName(model, model.levels[0]!.id)).toBe(`${model.levels[0]!.id} (${model.levels[0]!.label})`);
		expect(levelName(model, 'P9')).toBe('P9');
	});
});

describe('roleName', () => {
	test('drops the aside in brackets', () => {
		expect(roleName({ roles: [{ id: 'tl', name: 'Technical lead (experts)' }] } as never, 'tl')).toBe('Technical lead');
	});
});
