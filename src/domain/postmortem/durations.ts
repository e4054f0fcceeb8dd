import { minutesBetween } from '../time/clock.ts';
import { UTC_INPUT } from './draft.ts';
import {
	DURATION_MEASURES,
	TIMESTAMP_FIELDS,
	TIMESTAMP_LABELS,
	type DurationId,
	type DurationMeasure,
	type TimestampField,
} from './vocabulary.ts';

/** A draft's moments as typed into the form: `YYYY-MM-DDTHH:MM` in UTC, or whatever is there so far. */
export type Timestamps = Partial<Record<TimestampField, string>>;

export interface DerivedDuration extends DurationMeasure {
	/** Whole minutes, or undefined while either end is missing. */
	minutes?: number;
}

export interface DerivedFacts {
	durations: DerivedDuration[];
	/** Pairs of timestamps in the wrong order, each as a sentence naming both. */
	contradictions: string[];
}

function toMs(value: string | undefined): number | undefined {
	if (!value || !UTC_INPUT.test(value)) return undefined;
	const ms = Date.parse(`${value}:00Z`);
	return Number.isNaN(ms) ? undefined : ms;
}

/** The earliest and latest of the values that pass `check`, compared as text, and how many passed. */
function extremes(values: readonly (string | undefined)[], check: (value: string) => boolean) {
	let first: string | undefined;
	let last: string | undefined;
	let count = 0;
	for (const value of values) {
		if (value === undefined || !check(value)) continue;
		count += 1;
		if (first === undefined || value < first) first = value;
		if (last === undefined || value > last) last = value;
	}
	return { first, last, count };
}

/** The response times of a draft, from its timestamps and timeline, and any timestamps out of order. */
export function deriveFacts(timestamps: Timestamps, timelineTimes: readonly string[] = []): DerivedFacts {
	// Minute-precision ISO times sort as text, so a long timeline's first and last moments need no date
	// parsing: only the two extremes are read as dates, and every value only when one of them is no real
	// moment (month 13, hour 25).
	const values = [...TIMESTAMP_FIELDS.map((f) => timestamps[f]), ...timelineTimes];
	let { first, last, count } = extremes(values, (value) => UTC_INPUT.test(value));
	if (first !== undefined && (toMs(first) === undefined || toMs(last) === undefined))
		({ first, last, count } = extremes(values, (value) => toMs(value) !== undefined));
	const at = (point: DurationMeasure['from'] | DurationMeasure['to']) =>
		point === 'first-entry'
			? count > 1
				? toMs(first)
				: undefined
			: point === 'last-entry'
				? count > 1
					? toMs(last)
					: undefined
				: toMs(timestamps[point]);
	const durations = DURATION_MEASURES.map((m) => {
		const from = at(m.from);
		const to = at(m.to);
		return from === undefined || to === undefined ? { ...m } : { ...m, minutes: Math.round(minutesBetween(from, to)) };
	});
	const contradictions: string[] = [];
	const known = TIMESTAMP_FIELDS.filter((f) => toMs(timestamps[f]) !== undefined);
	for (let i = 0; i < known.length; i++) {
		for (let j = i + 1; j < known.length; j++) {
			const earlier = known[i]!;
			const later = known[j]!;
			if (toMs(timestamps[later])! < toMs(timestamps[earlier])!) {
				contradictions.push(
					`${TIMESTAMP_LABELS[later]} (${timestamps[later]} UTC) is before ${TIMESTAMP_LABELS[earlier].toLowerCase()} (${timestamps[earlier]} UTC).`,
				);
			}
		}
	}
	return { durations, contradictions };
}

/** The five moments of an archived post-mortem, which the schema has put in order. */
export type IncidentTimes = Record<TimestampField, Date>;

/** The response times measured between two of the five moments, in minutes. */
export type IncidentDurations = Record<Exclude<DurationId, 'total'>, number>;

/** An archived incident's response times, derived from its timestamps so nobody types (or mistypes) them. */
export function incidentDurations(times: IncidentTimes): IncidentDurations {
	const between = DURATION_MEASURES.filter(
		(m): m is DurationMeasure & { id: keyof IncidentDurations; from: TimestampField; to: TimestampField } =>
			m.id !== 'total',
	);
	return Object.fromEntries(
		between.map((m) => [m.id, minutesBetween(times[m.from], times[m.to])]),
	) as IncidentDurations;
}

/** Words that mark each lifecycle moment in a typical timeline entry. */
const CUES: Record<TimestampField, RegExp> = {
	started: /\b(start|began|begin|impact|errors? (rose|spiked|increased)|deploy(ed)?)\b/i,
	detected: /\b(alert|alarm|paged|page fired|detect|report(ed)?|noticed)\w*/i,
	acknowledged: /\b(ack(nowledged?)?|on-?call (joined|responded)|responded)\b/i,
	mitigated: /\b(mitigat\w*|rolled back|rollback|recovered|restored|failover|failed over)\b/i,
	resolved: /\b(resolved|closed|all clear|declared over)\b/i,
};

/**
 * Suggests the five timestamps from timeline entries, taking the first entry whose wording matches each
 * moment. Only fills what is empty; the user confirms every value in the form.
 */
export function suggestTimestamps(
	entries: readonly { time: string; event: string }[],
	current: Timestamps,
): Timestamps {
	const suggested: Timestamps = {};
	const sorted = entries.filter((e) => UTC_INPUT.test(e.time)).sort((a, b) => a.time.localeCompare(b.time));
	for (const field of TIMESTAMP_FIELDS) {
		if (current[field]) continue;
		const hit = sorted.find((e) => CUES[field].test(e.event));
		const fallback = field === 'started' ? sorted[0] : field === 'resolved' ? sorted.at(-1) : undefined;
		const chosen = hit ?? fallback;
		if (chosen) suggested[field] = chosen.time;
	}
	return suggested;
}
