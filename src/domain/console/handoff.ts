import { formatUtc, minutesBetween } from '../time/clock.ts';
import { fromNow, timeOf } from '../time/relative.ts';
import { formatDuration } from '../time/durations.ts';
import type { Entry, Incident } from './incident-schema.ts';
import { currentLevel, currentPhase, liveEntries, openActions, roleHolders } from './incident.ts';
import { describeEntry } from './describe.ts';
import { updatesDue } from './due.ts';
import { commanderRole, levelName, levelOf, roleName, type ConsoleModel } from './console-model.ts';
import { AUDIENCE_LABELS, EXERCISE_NOTICE } from './vocabulary.ts';

const RECENT_NOTES = 5;

/**
 * Everything the next person needs to take over, in the order of an ICS 201 briefing: the incident and its
 * level, the situation, what has been tried and decided, open hypotheses and actions, who holds which
 * role, when the next updates are due and, for the role changing hands, the model's hand-over list.
 */
export function handoffBrief(incident: Incident, model: ConsoleModel, now: number, role?: string): string {
	const { facts } = incident;
	const level = currentLevel(incident);
	const entries = liveEntries(incident);
	const line = (e: Entry) => `- ${timeOf(e.at, now)} ${describeEntry(e, model)}`;
	const list = (items: string[], none: string) => (items.length ? items : [none]);
	const tried = entries.filter(
		(e) =>
			e.kind === 'note' && (e.marker === 'decision' || e.marker === 'mitigated' || (e.marker === 'action' && e.done)),
	);
	const recent = entries.filter((e) => e.kind === 'note' && !e.marker).slice(-RECENT_NOTES);
	const holders = roleHolders(incident);
	const staffed = levelOf(model, level?.level)?.roles ?? [];
	const roles = [...new Set([commanderRole(model), ...staffed, ...Object.keys(holders)])].filter(
		(id): id is string => id !== undefined,
	);
	const phaseId = currentPhase(
		incident,
		model.phases.map((p) => p.id),
	);
	const started = facts.impactStarted.value;
	const handover = role ? model.roles.find((r) => r.id === role)?.handover : undefined;
	const text = (value: string) => value.trim() || 'not recorded yet';

	const lines = [
		`HAND-OVER BRIEF: ${facts.title.value || 'untitled incident'}`,
		...(facts.exercise.value ? [EXERCISE_NOTICE] : []),
		`As of ${formatUtc(now)}`,
		'',
		`Level: ${levelName(model, level?.level)}${level ? `, since ${timeOf(level.at, now)}` : ''}${level?.text ? ` (${level.text})` : ''}`,
		`Declared: ${timeOf(incident.declaredAt, now)}, ${fromNow(incident.declaredAt, now)}`,
		`Impact started: ${started === null ? 'not known' : `${timeOf(started, now)}, ${fromNow(started, now)}`}`,
		`Services: ${facts.services.value.join(', ') || 'none named'}`,
		`Channel: ${facts.channel.value || 'none named'}`,
		`Phase: ${model.phases.find((p) => p.id === phaseId)?.name ?? 'not set'}`,
		'',
		'SITUATION',
		`Affected: ${text(facts.feature.value)}`,
		`What people see: ${text(facts.symptoms.value)}`,
		`Impact so far: ${text(facts.impact.value)}`,
		`Cause, as far as it is known: ${text(facts.cause.value)}`,
		`What the responders need: ${text(facts.asks.value)}`,
		'',
		'TRIED AND DECIDED',
		...list(tried.map(line), '- Nothing recorded yet.'),
		'',
		'RECENT NOTES',
		...list(recent.map(line), '- None.'),
		'',
		'CURRENT HYPOTHESES',
		text(facts.hypotheses.value),
		'',
		'OPEN ACTIONS',
		...list(
			openActions(incident).map(
				(e) => `- ${e.text || 'Action'} (logged ${timeOf(e.at, now)} by ${e.author || 'someone'})`,
			),
			'- None.',
		),
		'',
		'WHO HOLDS EACH ROLE',
		...roles.map((id) => `- ${roleName(model, id)}: ${holders[id] || 'nobody yet'}`),
		'',
		'NEXT UPDATES',
		...updatesDue(incident, level?.level, model).map(
			(due) =>
				`- ${AUDIENCE_LABELS[due.audience]}: ${
					due.dueAt === null
						? 'none due'
						: `due ${timeOf(due.dueAt, now)} (${due.dueAt <= now ? `overdue by ${formatDuration(minutesBetween(due.dueAt, now))}` : fromNow(due.dueAt, now)})`
				}`,
		),
	];
	if (role && handover?.length) {
		lines.push(
			'',
			`HANDING OVER ${roleName(model, role).toUpperCase()}: ALSO PASS ON`,
			...handover.map((h) => `- ${h}`),
		);
	}
	return lines.join('\n');
}
