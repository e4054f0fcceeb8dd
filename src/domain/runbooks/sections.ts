/**
 * A runbook's sections in the order a responder works, with the anchor each heading gets. The runbook page
 * lists them in its table of contents; the print pack prints the same sections under its own prefix.
 */
export const RUNBOOK_SECTIONS = {
	impact: 'Customer impact',
	beforeYouStart: 'Before you start',
	diagnose: 'Diagnose',
	mitigate: 'Mitigate',
	recover: 'Recover',
	escalate: 'Escalate',
} as const;

export type RunbookSection = keyof typeof RUNBOOK_SECTIONS;

const SLUGS: Record<RunbookSection, string> = {
	impact: 'impact',
	beforeYouStart: 'before-you-start',
	diagnose: 'diagnose',
	mitigate: 'mitigate',
	recover: 'recover',
	escalate: 'escalate',
};

/** The anchor of a section; `prefix` keeps anchors unique where several runbooks share a page. */
export function sectionSlug(section: RunbookSection, prefix = ''): string {
	return `${prefix}${SLUGS[section]}`;
}

/** The anchor of the n-th mitigation option (counted from 0). */
export function optionSlug(index: number, prefix = ''): string {
	return `${prefix}option-${index + 1}`;
}
