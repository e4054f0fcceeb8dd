import { loadModel } from '../../../src/data/load-model.ts';
import { toConsoleModel } from '../../../src/domain/console/console-model.ts';
import { declareIncident, type Declaration } from '../../../src/domain/console/incident.ts';

export const fullModel = loadModel();
export const model = toConsoleModel(fullModel);
/** A level with both cadences, as the most severe usually has. */
export const busyLevel = model.levels.find((l) => l.updates.internal && l.updates.external)!;
/** A level that asks for no public updates. */
export const quietLevel = model.levels.find((l) => l.updates.external === null)!;

export const T0 = Date.UTC(2026, 2, 15, 14, 0);
export const MINUTE = 60_000;

export function declaration(overrides: Partial<Declaration> = {}): Declaration {
	return {
		title: 'Checkout errors after a deploy',
		level: busyLevel.id,
		services: ['checkout', 'payments'],
		channel: '#inc-20260315-checkout-errors',
		impactStarted: T0 - 10 * MINUTE,
		exercise: false,
		roles: { 'incident-commander': 'Priya', scribe: 'Tomás' },
		reason: 'Card payments fail for everyone',
		answers: '',
		...overrides,
	};
}

/** An incident declared at T0 by Priya, with a fixed id so tests can compare copies. */
export const declared = (overrides: Partial<Declaration> = {}) =>
	declareIncident(declaration(overrides), T0, 'Priya', 'inc-1');
