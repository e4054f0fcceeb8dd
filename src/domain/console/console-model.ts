import type { IncidentModel, Phase, Role } from '../../schemas/model.ts';
import { toCommsModel, type CommsModel } from '../comms/render.ts';

/**
 * The slice of the incident model the console needs, as plain data for the island: what the comms
 * templates read (levels with their cadences in minutes, roles, stages), plus each role's checklist and
 * hand-over notes and the lifecycle's phases.
 */
export interface ConsoleModel extends CommsModel {
	roles: (CommsModel['roles'][number] & Pick<Role, 'checklist' | 'handover'>)[];
	phases: Phase[];
}

export function toConsoleModel(model: IncidentModel): ConsoleModel {
	const comms = toCommsModel(model);
	return {
		...comms,
		roles: comms.roles.map((role, i) => ({
			...role,
			checklist: model.roles[i]!.checklist,
			handover: model.roles[i]!.handover,
		})),
		phases: model.lifecycle.phases,
	};
}

/**
 * The role that commands the response: the post-mortem's "incident commander" and the first name in a
 * hand-over. The comms templates name it by this id too; a model without it falls back to its first role.
 */
export const COMMANDER_ROLE = 'incident-commander';

export function commanderRole(model: Pick<ConsoleModel, 'roles'>): string | undefined {
	return (model.roles.find((r) => r.id === COMMANDER_ROLE) ?? model.roles[0])?.id;
}

export const levelOf = (model: Pick<ConsoleModel, 'levels'>, id: string | undefined) =>
	model.levels.find((l) => l.id === id);

/** "SEV2 (Major)", or the bare id of a level this handbook does not define (an incident imported from elsewhere). */
export function levelName(model: Pick<ConsoleModel, 'levels'>, id: string | undefined): string {
	const level = levelOf(model, id);
	return level ? `${level.id} (${level.label})` : (id ?? 'no level');
}

/** A role's name without its aside: "Technical lead (subject-matter experts)" reads "Technical lead". */
export function roleName(model: Pick<ConsoleModel, 'roles'>, id: string): string {
	return model.roles.find((r) => r.id === id)?.name.replace(/\s*\(.*\)$/, '') ?? id;
}
