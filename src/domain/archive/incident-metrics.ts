import { incidentDurations, type IncidentTimes } from '../postmortem/durations.ts';
import { minutesBetween } from '../time/clock.ts';

/** What the metrics need from a post-mortem: its severity and its timestamps. */
export interface MetricIncident extends IncidentTimes {
	severity: string;
}

/** MTTA, MTTR and MTBF in minutes; undefined when there is nothing to average. */
export interface MetricSummary {
	count: number;
	mtta: number | undefined;
	mttr: number | undefined;
	mtbf: number | undefined;
}

/** Real incidents only: drills and game days are archived for their lessons, but counting them would skew every metric. */
export function withoutExercises<T extends { data: { exercise: boolean } }>(entries: readonly T[]): T[] {
	return entries.filter((entry) => !entry.data.exercise);
}

export function mean(values: readonly number[]): number | undefined {
	if (values.length === 0) return undefined;
	return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Mean time to acknowledge: the mean of acknowledged − detected. */
export function mtta(incidents: readonly MetricIncident[]): number | undefined {
	return mean(incidents.map((incident) => incidentDurations(incident).acknowledge));
}

/** Mean time to mitigate (MTTR in this handbook): the mean of mitigated − started. */
export function mttr(incidents: readonly MetricIncident[]): number | undefined {
	return mean(incidents.map((incident) => incidentDurations(incident).mitigate));
}

/**
 * Mean time between failures: the mean gap between the start times of consecutive incidents.
 * One incident has no gap, so the answer is undefined rather than zero.
 */
export function mtbf(incidents: readonly MetricIncident[]): number | undefined {
	const starts = incidents.map((incident) => incident.started.getTime()).sort((a, b) => a - b);
	const gaps = starts.slice(1).map((start, i) => minutesBetween(new Date(starts[i]!), new Date(start)));
	return mean(gaps);
}

export function summarise(incidents: readonly MetricIncident[]): MetricSummary {
	return { count: incidents.length, mtta: mtta(incidents), mttr: mttr(incidents), mtbf: mtbf(incidents) };
}

/** Calendar quarter of a moment in UTC, e.g. "2024-Q3". */
export function quarterOf(date: Date): string {
	return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

/** Calendar month of a moment in UTC, e.g. "2024-07". */
export function monthOf(date: Date): string {
	return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** Every month from the first to the last key inclusive, so quiet months show as zero instead of vanishing. */
export function monthsBetween(first: string, last: string): string[] {
	const [startYear, startMonth] = first.split('-').map(Number) as [number, number];
	const [endYear, endMonth] = last.split('-').map(Number) as [number, number];
	const months: string[] = [];
	for (let index = startYear * 12 + startMonth - 1; index <= endYear * 12 + endMonth - 1; index++) {
		months.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
	}
	return months;
}

/** Every quarter from the first to the last key inclusive. */
export function quartersBetween(first: string, last: string): string[] {
	const [startYear, startQuarter] = first.split('-Q').map(Number) as [number, number];
	const [endYear, endQuarter] = last.split('-Q').map(Number) as [number, number];
	const quarters: string[] = [];
	for (let index = startYear * 4 + startQuarter - 1; index <= endYear * 4 + endQuarter - 1; index++) {
		quarters.push(`${Math.floor(index / 4)}-Q${(index % 4) + 1}`);
	}
	return quarters;
}

/** Metrics per severity, in the model's order; a level with no incidents still gets a row. */
export function bySeverity(incidents: readonly MetricIncident[], levelIds: readonly string[]) {
	return levelIds.map((severity) => ({
		severity,
		...summarise(incidents.filter((incident) => incident.severity === severity)),
	}));
}

/**
 * Metrics per calendar quarter of the start time, from the first quarter with an incident to the
 * last. MTBF within a quarter only measures gaps between incidents that both started in it.
 */
export function byQuarter(incidents: readonly MetricIncident[]) {
	if (incidents.length === 0) return [];
	const keys = incidents.map((incident) => quarterOf(incident.started)).sort();
	return quartersBetween(keys[0]!, keys.at(-1)!).map((quarter) => ({
		quarter,
		...summarise(incidents.filter((incident) => quarterOf(incident.started) === quarter)),
	}));
}

export interface MonthCount {
	month: string;
	/** Incidents that started in this month, per level id. */
	counts: Record<string, number>;
	total: number;
}

/** Incident frequency: incidents per month by severity, every month from the first to the last incident. */
export function incidentsPerMonth(incidents: readonly MetricIncident[], levelIds: readonly string[]): MonthCount[] {
	if (incidents.length === 0) return [];
	const keys = incidents.map((incident) => monthOf(incident.started)).sort();
	return monthsBetween(keys[0]!, keys.at(-1)!).map((month) => {
		const inMonth = incidents.filter((incident) => monthOf(incident.started) === month);
		const counts = Object.fromEntries(
			levelIds.map((id) => [id, inMonth.filter((incident) => incident.severity === id).length]),
		);
		return { month, counts, total: inMonth.length };
	});
}

export interface CompletionRate {
	done: number;
	/** Items that count towards the rate: everything except wont-do. */
	counted: number;
	/** done / counted, between 0 and 1; undefined when no item counts. */
	rate: number | undefined;
}

/** Action-item completion rate: done / (all items except wont-do); a deliberate "won't do" is not a failure. */
export function completionRate(items: readonly { status: string }[]): CompletionRate {
	const counted = items.filter((item) => item.status !== 'wont-do');
	const done = counted.filter((item) => item.status === 'done').length;
	return { done, counted: counted.length, rate: counted.length === 0 ? undefined : done / counted.length };
}

/** Readable month label in UTC, e.g. "Jan 2025". */
export function monthLabel(month: string): string {
	const [year, monthNumber] = month.split('-').map(Number) as [number, number];
	return new Date(Date.UTC(year, monthNumber - 1, 1)).toLocaleString('en-GB', {
		month: 'short',
		year: 'numeric',
		timeZone: 'UTC',
	});
}
