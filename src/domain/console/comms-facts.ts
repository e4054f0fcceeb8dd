import type { Facts as CommsFacts } from '../comms/render.ts';
import { ROLE_PREFIX } from '../comms/template.ts';
import { toUtcInput } from '../time/clock.ts';
import type { Incident } from './incident-schema.ts';
import { currentLevel, markerTime, roleHolders } from './incident.ts';
import { SITUATION_FACTS, EXERCISE_NOTICE } from './vocabulary.ts';
import type { Format } from '../comms/format.ts';

/**
 * The comms templates' facts, from the console's: nothing about the incident is typed a second time to
 * write an update. `now` is when the message goes out, which also sets when the next one is due.
 */
export function commsFacts(incident: Incident, now: number): CommsFacts {
	const { facts } = incident;
	const started = facts.impactStarted.value;
	const resolved = markerTime(incident, 'resolved');
	const out: CommsFacts = {
		severity: currentLevel(incident)?.level ?? '',
		service: facts.services.value.join(', '),
		channel: facts.channel.value,
		startTime: started === null ? '' : toUtcInput(started),
		updateTime: toUtcInput(now),
		endTime: resolved === null ? '' : toUtcInput(resolved),
	};
	for (const key of SITUATION_FACTS) out[key] = facts[key].value;
	for (const [role, holder] of Object.entries(roleHolders(incident))) out[`${ROLE_PREFIX}${role}`] = holder;
	return out;
}

const NOTICE: Record<Format, string> = {
	plain: `${EXERCISE_NOTICE}\n\n`,
	markdown: `**${EXERCISE_NOTICE}**\n\n`,
	slack: `*${EXERCISE_NOTICE}*\n\n`,
	html: `<p><strong>${EXERCISE_NOTICE}</strong></p>\n\n`,
};

/** A drill's messages open with the notice, in the message's own format; a real incident's are unchanged. */
export function markExercise(text: string, exercise: boolean, format: Format = 'plain'): string {
	return exercise ? `${NOTICE[format]}${text}` : text;
}
