/**
 * The incident console's words, said once: the markers a scribe puts on a log entry, the two audiences
 * an update goes to and the situation facts typed during a response. Free of zod and of the page, so the
 * island, the schema, the post-mortem hand-over and the tests all read the same lists.
 */
import type { CommsTemplate } from '../../schemas/comms-template.ts';
import type { TimestampField } from '../postmortem/vocabulary.ts';

/** The moments a post-mortem records (except when impact started, a fact of its own), then decisions and actions. */
export const MARKERS = ['detected', 'acknowledged', 'mitigated', 'resolved', 'decision', 'action'] as const;
export type Marker = (typeof MARKERS)[number];
/** The markers that become a post-mortem's timestamps. */
export type MomentMarker = Extract<Marker, TimestampField>;
export const MOMENT_MARKERS = ['detected', 'acknowledged', 'mitigated', 'resolved'] as const satisfies MomentMarker[];

/**
 * The moments read as the post-mortem labels them (a test holds the two lists together); written out here
 * so the console's schema, which reads this module, does not bring the post-mortem's vocabulary with it.
 */
export const MARKER_LABELS: Record<Marker, string> = {
	detected: 'Detected',
	acknowledged: 'Acknowledged',
	mitigated: 'Mitigated',
	resolved: 'Resolved',
	decision: 'Decision',
	action: 'Action',
};

/** Who an update is for; the same two audiences the comms templates declare. */
export const AUDIENCES = ['internal', 'public'] as const satisfies readonly CommsTemplate['audience'][];
export type Audience = (typeof AUDIENCES)[number];
export const AUDIENCE_LABELS: Record<Audience, string> = {
	internal: 'Internal update',
	public: 'Public update',
};

/** Free-text facts about the situation; the comms facts of the same name fill the templates. */
export const SITUATION_FACTS = [
	'feature',
	'symptoms',
	'impact',
	'cause',
	'hypotheses',
	'nextSteps',
	'asks',
	'statusPageUrl',
	'dashboardUrl',
	'runbookUrl',
] as const;
export type SituationFact = (typeof SITUATION_FACTS)[number];
export const SITUATION_LABELS: Record<SituationFact, string> = {
	feature: 'Affected feature',
	symptoms: 'What people see',
	impact: 'Impact so far',
	cause: 'Cause, as far as it is known',
	hypotheses: 'Current hypotheses',
	nextSteps: 'Doing next',
	asks: 'What the responders need',
	statusPageUrl: 'Status page link',
	dashboardUrl: 'Dashboard link',
	runbookUrl: 'Runbook link',
};

/** Said at the top of everything a drill copies, so a pasted message can never be taken for a real outage. */
export const EXERCISE_NOTICE = 'EXERCISE: this is a drill, not a real incident.';
