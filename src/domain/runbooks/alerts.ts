/**
 * Alert names reach a responder in many spellings: `HighErrorBudgetBurnRate_Fast` in Prometheus,
 * "High error budget burn rate (fast)" in a pager title, a Slack message in lower case. Comparing
 * only letters and digits, case-folded, makes all of them the same key.
 */
export function normaliseAlertName(name: string): string {
	return name
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]/gu, '');
}

export interface AlertTarget {
	/** The alert name as the runbook spells it. */
	alert: string;
	runbookId: string;
	title: string;
}

/** Normalised alert name to the runbook that handles it; plain data so it can be shipped to the browser. */
export type AlertIndex = Record<string, AlertTarget>;

/** Thrown when two runbooks claim alerts that normalise to the same key, so a lookup could not choose. */
export class AlertConflictError extends Error {
	constructor(first: AlertTarget, second: AlertTarget) {
		super(
			`Alert "${second.alert}" in runbook "${second.runbookId}" is the same alert as "${first.alert}" in runbook "${first.runbookId}" (names are compared ignoring case, spaces and punctuation); give it to one runbook only`,
		);
		this.name = 'AlertConflictError';
	}
}

export function buildAlertIndex(
	runbooks: readonly { id: string; title: string; alerts: readonly string[] }[],
): AlertIndex {
	const index: AlertIndex = {};
	for (const runbook of runbooks) {
		for (const alert of runbook.alerts) {
			const key = normaliseAlertName(alert);
			const target = { alert, runbookId: runbook.id, title: runbook.title };
			const existing = index[key];
			if (existing && existing.runbookId !== runbook.id) throw new AlertConflictError(existing, target);
			index[key] ??= target;
		}
	}
	return index;
}

/**
 * Below this many characters a known alert name is too generic to be picked out of a longer paste.
 */
const MIN_EMBEDDED_LENGTH = 6;

/**
 * Finds the runbook for what a responder pasted. An exact match (after normalising) wins; otherwise a
 * pasted notification such as "[FIRING:1] PostgresPrimaryDown orders-db" still finds the alert inside
 * it, preferring the longest alert name so a specific alert beats a generic one.
 */
export function findRunbookForAlert(index: AlertIndex, query: string): AlertTarget | undefined {
	const key = normaliseAlertName(query);
	if (key === '') return undefined;
	if (Object.hasOwn(index, key)) return index[key];
	let best: string | undefined;
	for (const candidate of Object.keys(index)) {
		if (candidate.length >= MIN_EMBEDDED_LENGTH && key.includes(candidate) && (!best || candidate.length > best.length))
			best = candidate;
	}
	return best === undefined ? undefined : index[best];
}
