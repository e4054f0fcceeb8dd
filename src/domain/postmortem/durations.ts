import { TIMESTAMP_FIELDS, UTC_INPUT, type TimestampField } from './draft.ts';

export type Timestamps = Partial<Record<TimestampField, string>>;

export interface DerivedDuration {
	id: 'detect' | 'acknowledge' | 'mitigate' | 'resolve' | 'total';
	label: string;
	from: TimestampField | 'first-entry';
	to: TimestampField | 'last-entry';
	/** Whole minutes, or undefined while either end is missing. */
	minutes?: number;
}

/**
 * The response metrics the handbook tracks, each measured between two of the incident's timestamps.
 * Total duration is the whole recorded span: the earliest to the latest moment in the timestamps and
 * the timeline together, since timelines often begin before impact (the deploy) and end after it.
 */
const MEASURES: readonly Omit<DerivedDuration, 'minutes'>[] = [
	{ id: 'detect', label: 'Time to detect', from: 'started', to: 'detected' },
	{ id: 'acknowledge', label: 'Time to acknowledge', from: 'detected', to: 'acknowledged' },
	{ id: 'mitigate', label: 'Time to mitigate', from: 'started', to: 'mitigated' },
	{ id: 'resolve', label: 'Time to resolve', from: 'started', to: 'resolved' },
	{ id: 'total', label: 'Total duration', from: 'first-entry', to: 'last-entry' },
];

export const TIMESTAMP_LABELS: Record<TimestampField, string> = {
	started: 'Impact started',
	detected: 'Detected',
	acknowledged: 'Acknowledged',
	mitigated: 'Mitigated',
	resolved: 'Resolved',
};

function toMs(value: string | undefined): number | undefined {
	if (!value || !UTC_INPUT.test(value)) return undefined;
	const ms = Date.parse(`${value}:00Z`);
	return Number.isNaN(ms) ? undefined : ms;
}

export interface DerivedFacts {
	durations: DerivedDuration[];
	/** Pairs of timestamps in the wrong order, each as a sentence naming both. */
	contradictions: string[];
}

export function deriveFacts(timestamps: Timestamps, timelineTimes: readonly string[] = []): DerivedFacts {
	// Minute-precision ISO times sort as text, so a long timeline's first and last moments need no date parsing.
	let first: string | undefined;
	let last: string | undefined;
	let count = 0;
	for (const value of [...TIMESTAMP_FIELDS.map((f) => timestamps[f]), ...timelineTimes]) {
		if (toMs(value) === undefined) continue;
		count += 1;
		if (first === undefined || value! < first) first = value;
		if (last === undefined || value! > last) last = value;
	}
	const at = (point: DerivedDuration['from'] | DerivedDuration['to']) =>
		point === 'first-entry'
			? count > 1
				? toMs(first)
				: undefined
			: point === 'last-entry'
				? count > 1
					? toMs(last)
					: undefined
				: toMs(timestamps[point]);
	const durations = MEASURES.map((m) => {
		const from = at(m.from);
		const to = at(m.to);
		return from === undefined || to === undefined ? { ...m } : { ...m, minutes: Math.round((to - from) / 60_000) };
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

/** `95` → `1 h 35 min`; negative spans keep their sign so a contradiction stays visible. */
export function formatMinutes(minutes: number): string {
	const sign = minutes < 0 ? '−' : '';
	const abs = Math.abs(minutes);
	const days = Math.floor(abs / 1440);
	const hours = Math.floor((abs % 1440) / 60);
	const mins = abs % 60;
	const parts = [days && `${days} d`, hours && `${hours} h`, (mins || abs === 0) && `${mins} min`].filter(Boolean);
	return sign + parts.join(' ');
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
