import { emptyActionItem, emptyDraft, newKey, type Draft } from '../postmortem/draft.ts';
import { toUtcInput } from '../time/clock.ts';
import type { Incident } from './incident-schema.ts';
import { currentLevel, liveEntries, momentTimes } from './incident.ts';
import { describeEntry } from './describe.ts';
import { commanderRole, type ConsoleModel } from './console-model.ts';
import { MOMENT_MARKERS } from './vocabulary.ts';

const input = (moment: number | null) => (moment === null ? '' : toUtcInput(moment));
const unique = (names: string[]) => [...new Set(names.map((n) => n.trim()).filter(Boolean))];

/** A runbook of this handbook named by its address, e.g. `https://…/runbooks/disk-full/` → `disk-full`. */
const RUNBOOK_ADDRESS = /\/runbooks\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?(?:[?#].*)?$/;

/**
 * The post-mortem draft an incident leaves behind, so nothing is typed twice: title, level (the last one
 * set, since a downgrade corrects an over-cautious start), services, the commanders in turn, the people
 * who kept the log as authors, the five moments from the log's markers, every entry but checklist ticks
 * as the timeline, and the actions logged as action items. Times go to the minute the form holds, and the
 * tool's response times are worked out from exactly these, so they match what the console showed.
 */
export function draftFromIncident(incident: Incident, model: ConsoleModel): Draft {
	const { facts } = incident;
	const entries = liveEntries(incident);
	const commander = commanderRole(model);
	const moments = momentTimes(incident);
	const runbook = RUNBOOK_ADDRESS.exec(facts.runbookUrl.value.trim())?.[1];
	const draft: Draft = {
		...emptyDraft(),
		title: facts.title.value,
		exercise: facts.exercise.value,
		severity: currentLevel(incident)?.level ?? '',
		services: facts.services.value,
		commander: unique(entries.flatMap((e) => (e.kind === 'role' && e.role === commander ? [e.holder] : []))).join(
			', then ',
		),
		authors: unique(entries.map((e) => e.author)),
		started: input(facts.impactStarted.value),
		summary: [facts.symptoms.value, facts.impact.value]
			.map((t) => t.trim())
			.filter(Boolean)
			.join('\n\n'),
		timeline: entries
			.filter((e) => e.kind !== 'check')
			.map((e) => ({ key: newKey(), time: toUtcInput(e.at), event: describeEntry(e, model) })),
		actionItems: entries.flatMap((e) =>
			e.kind === 'note' && e.marker === 'action'
				? [{ ...emptyActionItem(), action: e.text, status: e.done ? ('done' as const) : ('open' as const) }]
				: [],
		),
		runbooks: runbook ? [runbook] : [],
		notes: [
			facts.hypotheses.value.trim() && `Hypotheses during the response:\n${facts.hypotheses.value.trim()}`,
			facts.channel.value.trim() && `Incident channel: ${facts.channel.value.trim()}`,
			...(['statusPageUrl', 'dashboardUrl', 'runbookUrl'] as const).map((k) => facts[k].value.trim()),
		]
			.filter(Boolean)
			.join('\n\n'),
	};
	for (const marker of MOMENT_MARKERS) draft[marker] = input(moments[marker]);
	return draft;
}
