import type { Level } from '../../schemas/model.ts';

/**
 * Named groups of levels that chapters mention in prose ("open a war room for ..."). Prose names the group
 * and the page prints whichever ids the current preset puts in it, so a sentence stays true on any scale.
 */
export const LEVEL_GROUPS = {
	all: () => true,
	'most-severe': (_, index) => index === 0,
	'least-severe': (_, index, all) => index === all.length - 1,
	paged: (level) => level.notification === 'page',
	'not-paged': (level) => level.notification !== 'page',
	ticketed: (level) => level.notification === 'ticket',
	'around-the-clock': (level) => level.coverage === '24/7',
	'business-hours': (level) => level.coverage === 'business-hours',
	'war-room': (level) => level.requires.warRoom,
	'status-page': (level) => level.requires.statusPage,
	'customer-email': (level) => level.requires.customerEmail,
	'executive-notice': (level) => level.requires.executiveNotice,
	'full-postmortem': (level) => level.requires.postmortem === 'full',
	'lightweight-postmortem': (level) => level.requires.postmortem === 'lightweight',
	'no-postmortem': (level) => level.requires.postmortem === 'none',
} satisfies Record<string, (level: Level, index: number, all: readonly Level[]) => boolean>;

export type LevelGroup = keyof typeof LEVEL_GROUPS;

/** The levels in a group, most severe first, as the model orders them. */
export function levelsIn(levels: readonly Level[], group: LevelGroup): Level[] {
	return levels.filter((level, index, all) => LEVEL_GROUPS[group](level, index, all));
}
