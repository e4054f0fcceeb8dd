/**
 * The post-mortem's words, said once: the values of each field with a choice, how a reader sees them,
 * the sections of a write-up in order, the impact figures and the response times measured from the
 * timestamps. Schemas, the tool, its preview and exports, the archive pages and the CLI all read this,
 * so a draft's preview and the archive page built from its export can never drift apart. Free of zod
 * and of the page, so any of them can import it.
 */

export const STATUSES = ['draft', 'in-review', 'complete'] as const;
export type Status = (typeof STATUSES)[number];
export const STATUS_LABELS: Record<Status, string> = {
	draft: 'Draft',
	'in-review': 'In review',
	complete: 'Complete',
};

export const DETECTIONS = ['alert', 'customer-report', 'internal-report'] as const;
export type Detection = (typeof DETECTIONS)[number];
export const DETECTION_LABELS: Record<Detection, string> = {
	alert: 'Alert',
	'customer-report': 'Customer report',
	'internal-report': 'Internal report',
};

export const PRIORITIES = ['P1', 'P2', 'P3'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const PRIORITY_LABELS: Record<Priority, string> = {
	P1: 'P1: this sprint',
	P2: 'P2: this quarter',
	P3: 'P3: when capacity allows',
};

export const ACTION_STATUSES = ['open', 'in-progress', 'done', 'wont-do'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
	open: 'Open',
	'in-progress': 'In progress',
	done: 'Done',
	'wont-do': "Won't do",
};
/** Statuses of work still to be done: what the action tracker lists and counts as overdue. */
export const OPEN_ACTION_STATUSES: readonly ActionStatus[] = ['open', 'in-progress'];

/** The moments every post-mortem records, in the order they must follow. */
export const TIMESTAMP_FIELDS = ['started', 'detected', 'acknowledged', 'mitigated', 'resolved'] as const;
export type TimestampField = (typeof TIMESTAMP_FIELDS)[number];
export const TIMESTAMP_LABELS: Record<TimestampField, string> = {
	started: 'Impact started',
	detected: 'Detected',
	acknowledged: 'Acknowledged',
	mitigated: 'Mitigated',
	resolved: 'Resolved',
};

export const IMPACT_FIELDS = ['usersAffected', 'userShare', 'revenueEstimate', 'slaMinutes'] as const;
export type ImpactField = (typeof IMPACT_FIELDS)[number];
export const IMPACT_LABELS: Record<ImpactField, { label: string; unit: string }> = {
	usersAffected: { label: 'Users affected', unit: '' },
	userShare: { label: 'Share of all users affected', unit: '%' },
	revenueEstimate: { label: 'Estimated revenue lost', unit: '' },
	slaMinutes: { label: 'Minutes counted against the SLA', unit: '' },
};

export type DurationId = 'detect' | 'acknowledge' | 'mitigate' | 'resolve' | 'total';
export interface DurationMeasure {
	id: DurationId;
	label: string;
	/** `first-entry` and `last-entry` span everything recorded: the timestamps and the timeline together. */
	from: TimestampField | 'first-entry';
	to: TimestampField | 'last-entry';
}
/**
 * The response times the handbook tracks, each measured between two moments. Total duration is the whole
 * recorded span, since timelines often begin before impact (the deploy) and end after it.
 */
export const DURATION_MEASURES: readonly DurationMeasure[] = [
	{ id: 'detect', label: 'Time to detect', from: 'started', to: 'detected' },
	{ id: 'acknowledge', label: 'Time to acknowledge', from: 'detected', to: 'acknowledged' },
	{ id: 'mitigate', label: 'Time to mitigate', from: 'started', to: 'mitigated' },
	{ id: 'resolve', label: 'Time to resolve', from: 'started', to: 'resolved' },
	{ id: 'total', label: 'Total duration', from: 'first-entry', to: 'last-entry' },
];

export type SectionId =
	| 'summary'
	| 'impact'
	| 'timeline'
	| 'root-cause'
	| 'contributing-factors'
	| 'five-whys'
	| 'went-well'
	| 'went-poorly'
	| 'lucky'
	| 'action-items'
	| 'runbooks'
	| 'notes';
/** The sections of a post-mortem, in the handbook's template order; `notes` appears only when there are some. */
export const SECTIONS: readonly { id: SectionId; title: string }[] = [
	{ id: 'summary', title: 'Summary' },
	{ id: 'impact', title: 'Impact' },
	{ id: 'timeline', title: 'Timeline' },
	{ id: 'root-cause', title: 'Root cause' },
	{ id: 'contributing-factors', title: 'Contributing factors' },
	{ id: 'five-whys', title: 'Five whys' },
	{ id: 'went-well', title: 'What went well' },
	{ id: 'went-poorly', title: 'What went poorly' },
	{ id: 'lucky', title: 'Where we got lucky' },
	{ id: 'action-items', title: 'Action items' },
	{ id: 'runbooks', title: 'Runbooks used' },
	{ id: 'notes', title: 'Notes' },
];
export const SECTION_TITLES = Object.fromEntries(SECTIONS.map((s) => [s.id, s.title])) as Record<SectionId, string>;

/** What an empty list section says, on the page and in exports alike. */
export const NONE_RECORDED = 'None recorded.';

/** What the runbooks section says when the response used none. */
export const NO_RUNBOOKS = 'No runbook was used in this response.';
