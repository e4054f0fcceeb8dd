/** Reader-facing words for the post-mortem schema's enum values, used on pages and as search facets. */
export const STATUS_LABELS: Record<string, string> = {
	draft: 'Draft',
	'in-review': 'In review',
	complete: 'Complete',
};

export const DETECTION_LABELS: Record<string, string> = {
	alert: 'Alert',
	'customer-report': 'Customer report',
	'internal-report': 'Internal report',
};

export const ACTION_STATUS_LABELS: Record<string, string> = {
	open: 'Open',
	'in-progress': 'In progress',
	done: 'Done',
	'wont-do': "Won't do",
};

/** A UTC moment as "2025-03-15 14:32 UTC": unambiguous for a reader in any time zone. */
export function formatUtc(date: Date): string {
	return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** The UTC calendar day of a moment, "2025-03-15": the date an incident is filed under. */
export function formatUtcDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}
