import { minutesBetween, nextUpdateDue } from '../time/clock.ts';
import type { Incident } from './incident-schema.ts';
import { isResolved, lastUpdate } from './incident.ts';
import type { Audience } from './vocabulary.ts';
import type { ConsoleModel } from './console-model.ts';
import { levelOf } from './console-model.ts';

export interface UpdateDue {
	audience: Audience;
	/** The level's cadence for this audience in minutes; null when the level asks for none. */
	cadence: number | null;
	/** When the last update went out (the declaration, before the first). */
	since: number;
	/** When the next one is due; null when none is (no cadence, or the incident is resolved). */
	dueAt: number | null;
}

/**
 * When the next internal and public updates are due: the last one plus the level's cadence. A level change
 * applies its cadence to the last update at once; a resolved incident owes no more updates.
 */
export function updatesDue(
	incident: Incident,
	level: string | undefined,
	model: Pick<ConsoleModel, 'levels'>,
): UpdateDue[] {
	const cadences = levelOf(model, level)?.updates;
	const resolved = isResolved(incident);
	return (['internal', 'public'] as const).map((audience) => {
		const cadence = (audience === 'internal' ? cadences?.internal : cadences?.external) ?? null;
		const since = lastUpdate(incident, audience);
		const dueAt = cadence === null || resolved ? null : nextUpdateDue(since, cadence);
		return { audience, cadence, since, dueAt };
	});
}

/** How close an update is: a warning this many minutes before it is due. */
export const SOON_MINUTES = 5;

export type DueState = 'none' | 'ok' | 'soon' | 'overdue';

export function dueState(dueAt: number | null, now: number): DueState {
	if (dueAt === null) return 'none';
	const left = minutesBetween(now, dueAt);
	return left <= 0 ? 'overdue' : left <= SOON_MINUTES ? 'soon' : 'ok';
}
