import type { CommsTemplate } from '../../schemas/comms-template.ts';
import type { IncidentModel } from '../../schemas/model.ts';
import { FACT_FIELDS, parseTemplate, ROLE_PREFIX, type TemplateLine } from './template.ts';
import { describeDueTime, formatUtc, minutesBetween, nextUpdateDue, parseUtcInput } from '../time/clock.ts';
import { formatDuration } from '../time/durations.ts';

/** The slice of the incident model the generator needs, small enough to pass to an island as props. */
export interface CommsModel {
	organization: string;
	levels: {
		id: string;
		label: string;
		updates: { internal: number | null; external: number | null };
		requires: Record<string, boolean | string>;
		roles: string[];
	}[];
	roles: { id: string; name: string; shortName: string }[];
	stages: { id: string; name: string }[];
}

/** Picks the generator's slice out of the full model; cadences become plain minutes. */
export function toCommsModel(model: IncidentModel): CommsModel {
	return {
		organization: model.config.organization,
		levels: model.levels.map((l) => ({
			id: l.id,
			label: l.label,
			updates: { internal: l.updates.internal?.minutes ?? null, external: l.updates.external?.minutes ?? null },
			requires: l.requires,
			roles: l.roles,
		})),
		roles: model.roles.map((r) => ({ id: r.id, name: r.name, shortName: r.shortName })),
		stages: model.lifecycle.statusPageStages.map((s) => ({ id: s.id, name: s.name })),
	};
}

/** Everything the responder typed, keyed by fact key, `severity` and `role.<id>`. */
export type Facts = Record<string, string>;

export type Segment =
	{ kind: 'text'; text: string; strong: boolean; link?: boolean } | { kind: 'missing'; label: string; strong: boolean };

export interface RenderedLine {
	bullet: boolean;
	segments: Segment[];
}

export interface RenderedMessage {
	subject: RenderedLine | null;
	body: RenderedLine[];
	/** Labels of the facts this message still needs, without duplicates, in order of appearance. */
	missing: string[];
}

type Resolved = (string | { missing: string })[];

function factLabel(key: string, model: CommsModel): string {
	if (key.startsWith(ROLE_PREFIX)) {
		const role = model.roles.find((r) => r.id === key.slice(ROLE_PREFIX.length));
		// "Technical lead (subject-matter experts)" reads better in a marker without its aside.
		return role ? role.name.replace(/\s*\(.*\)$/, '').toLowerCase() : key;
	}
	return FACT_FIELDS.find((f) => f.key === key)?.label ?? key;
}

function typed(facts: Facts, key: string, model: CommsModel): Resolved {
	const value = facts[key]?.trim();
	return value ? [value] : [{ missing: factLabel(key, model) }];
}

function time(facts: Facts, key: string, model: CommsModel): Resolved {
	const ms = parseUtcInput(facts[key] ?? '');
	return ms === null ? [{ missing: factLabel(key, model) }] : [formatUtc(ms)];
}

/** Works out one placeholder; a fact nobody filled in becomes a `missing` marker, never an empty string. */
function resolve(name: string, template: CommsTemplate, facts: Facts, model: CommsModel): Resolved {
	const level = model.levels.find((l) => l.id === facts.severity);
	switch (name) {
		case 'organization':
			return [model.organization];
		case 'severity':
			return level ? [`${level.id} (${level.label})`] : [{ missing: 'severity' }];
		case 'stage':
			return [model.stages.find((s) => s.id === template.stage)?.name ?? template.stage ?? ''];
		case 'startTime':
		case 'updateTime':
		case 'endTime':
			return time(facts, name, model);
		case 'duration': {
			const start = parseUtcInput(facts.startTime ?? '');
			const end = parseUtcInput(facts.endTime ?? '');
			if (start === null) return [{ missing: factLabel('startTime', model) }];
			if (end === null) return [{ missing: factLabel('endTime', model) }];
			const minutes = minutesBetween(start, end);
			return minutes < 0 ? [{ missing: 'an end time after the start time' }] : [formatDuration(minutes)];
		}
		case 'nextUpdate': {
			if (!level) return [{ missing: 'severity' }];
			const cadence = template.audience === 'public' ? level.updates.external : level.updates.internal;
			if (cadence === null)
				return [`No further update is scheduled at ${level.id}; we will write again if anything changes.`];
			const posted = parseUtcInput(facts.updateTime ?? '');
			if (posted === null)
				return ['Next update due at ', { missing: factLabel('updateTime', model) }, ' plus the update interval.'];
			return [`Next update due at ${describeDueTime(posted, nextUpdateDue(posted, cadence))}.`];
		}
		case 'roles': {
			if (!level) return [{ missing: 'severity' }];
			return level.roles.flatMap((id, i) => {
				const role = model.roles.find((r) => r.id === id);
				const label = role?.shortName ?? id;
				return [`${i > 0 ? '; ' : ''}${label}: `, ...typed(facts, `${ROLE_PREFIX}${id}`, model)];
			});
		}
		default:
			return typed(facts, name, model);
	}
}

function renderLine(
	line: TemplateLine,
	template: CommsTemplate,
	facts: Facts,
	model: CommsModel,
	missing: Set<string>,
): RenderedLine {
	const segments: Segment[] = [];
	for (const token of line.tokens) {
		if (token.kind === 'text') {
			segments.push({ kind: 'text', text: token.text, strong: token.strong });
			continue;
		}
		for (const part of resolve(token.name, template, facts, model)) {
			if (typeof part === 'string') {
				if (!part) continue;
				const link = FACT_FIELDS.some((f) => f.key === token.name && f.kind === 'url');
				segments.push({
					kind: 'text',
					text: part.replace(/\r\n?/g, '\n'),
					strong: token.strong,
					...(link && { link }),
				});
			} else {
				missing.add(part.missing);
				segments.push({ kind: 'missing', label: part.missing, strong: token.strong });
			}
		}
	}
	return { bullet: line.bullet, segments };
}

/** Fills a template with the facts; the result is format-neutral and goes through `formatMessage` for output. */
export function renderMessage(template: CommsTemplate, facts: Facts, model: CommsModel): RenderedMessage {
	const missing = new Set<string>();
	const subjectLine = template.subject ? parseTemplate(template.subject).lines[0] : undefined;
	const subject = subjectLine ? renderLine(subjectLine, template, facts, model, missing) : null;
	const body = parseTemplate(template.body).lines.map((line) => renderLine(line, template, facts, model, missing));
	return { subject, body, missing: [...missing] };
}

/** Whether the chosen level's `requires` flag marks this message as mandatory. */
export function isRequired(template: CommsTemplate, severity: string, model: CommsModel): boolean {
	const level = model.levels.find((l) => l.id === severity);
	return Boolean(level && template.requiredWhen && level.requires[template.requiredWhen] === true);
}
