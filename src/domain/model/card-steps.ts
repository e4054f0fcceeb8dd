import type { EscalationPolicy, IncidentModel, Level } from '../../schemas/model.ts';
import { joinWords } from '../text/words.ts';
import { formatDuration } from '../time/durations.ts';

/** One numbered step on a severity card, optionally with the options to try under it. */
export interface CardStep {
	text: string;
	options?: string[];
}

const COMMANDER = 'incident-commander';

function roleName(model: IncidentModel, id: string): string {
	return model.roles.find((role) => role.id === id)?.name ?? id;
}

/**
 * The opening moves for whoever leads a response at this level, derived from the level's fields so a card
 * for a ticket-only level never tells anyone to open a war room, and a new preset needs no new wording.
 */
export function cardSteps(level: Level, model: IncidentModel): CardStep[] {
	const steps: CardStep[] = [];
	const commanded = level.roles.includes(COMMANDER);
	const arrives = { page: 'Acknowledge the page', notify: 'Pick up the notification', ticket: 'Pick up the ticket' };
	steps.push({
		text: `${arrives[level.notification]} within ${formatDuration(level.acknowledgeWithin)} and have someone actively working on it within ${formatDuration(level.respondWithin)}.`,
	});
	if (commanded) {
		steps.push({ text: `Open the incident channel, post the declaration with the level (${level.id}) and pin it.` });
		const others = level.roles.filter((id) => id !== COMMANDER).map((id) => roleName(model, id));
		steps.push({
			text:
				others.length > 0
					? `Say out loud who is incident commander, then name one person each for: ${joinWords(others)}.`
					: 'Say out loud who is incident commander.',
		});
	} else {
		const solo = level.roles.map((id) => roleName(model, id));
		steps.push({
			text: `One responder is enough (${joinWords(solo)}); record what you find in the ticket or team channel so the trail survives.`,
		});
	}
	if (level.requires.warRoom) steps.push({ text: 'Open the video bridge and post its link in the channel.' });
	if (level.requires.statusPage) {
		const first = model.lifecycle.statusPageStages[0];
		steps.push({ text: `Post the first status page update${first ? ` (${first.name})` : ''}.` });
	}
	if (level.requires.executiveNotice)
		steps.push({ text: 'Tell the executives directly, before they hear it from anyone else.' });
	if (level.requires.customerEmail)
		steps.push({ text: 'Have the first email to affected customers drafted and sent.' });
	const cadence = [
		level.updates.internal && `in the channel every ${formatDuration(level.updates.internal)}`,
		level.requires.statusPage &&
			level.updates.external &&
			`on the status page every ${formatDuration(level.updates.external)}`,
	].filter((part): part is string => Boolean(part));
	if (cadence.length > 0)
		steps.push({ text: `Set a timer and post updates ${joinWords(cadence)}, even when nothing has changed.` });
	const mitigation = model.lifecycle.phases.find((phase) => phase.id === 'mitigation');
	steps.push({
		text: level.targets.mitigate
			? `Stop the customer impact first, aiming to do so within ${formatDuration(level.targets.mitigate)} of the start; look for the root cause later.`
			: 'Stop any customer impact first and look for the root cause once it has stopped.',
		options: mitigation?.steps,
	});
	const review = model.lifecycle.phases.find((phase) => phase.id === 'post-mortem');
	const within = review ? ` (${review.timebox.toLowerCase()})` : '';
	const closing = {
		full: `Once the service is stable, declare the incident resolved, name the post-mortem owner and book the blameless review${within}.`,
		lightweight: `Once the service is stable, close the incident and hold a short review${within}.`,
		none: 'Once fixed, close the ticket with a line on what was wrong and what fixed it.',
	};
	steps.push({ text: closing[level.requires.postmortem] });
	return steps;
}

/** The escalation rules that can fire at this level: the ones naming it plus the ones for every level. */
export function rulesForLevel(policy: EscalationPolicy, level: Level): EscalationPolicy['rules'] {
	return policy.rules.filter((rule) => rule.levels.length === 0 || rule.levels.includes(level.id));
}
