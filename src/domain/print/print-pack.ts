/**
 * The print pack (/print/): what the on-call desk keeps in its binder for the day every screen is dark.
 * Each sheet starts on a new page and carries the build it was printed from.
 */
export type Sheet = { id: string; title: string } & (
	| { kind: 'matrix' }
	| { kind: 'card'; level: string }
	| { kind: 'escalation' }
	| { kind: 'cadence' }
	| { kind: 'runbook'; runbook: string }
);

export interface PrintableLevel {
	id: string;
	label: string;
}

export interface PrintableRunbook {
	id: string;
	title: string;
	print: boolean;
}

/**
 * The sheets in binder order: the matrix to pick a level, that level's card, then who to call and how
 * often to update, and last the runbooks marked `print: true`, in the order given.
 */
export function printSheets(levels: readonly PrintableLevel[], runbooks: readonly PrintableRunbook[]): Sheet[] {
	return [
		{ kind: 'matrix', id: 'severity-matrix', title: 'Severity matrix' },
		...levels.map((level) => ({
			kind: 'card' as const,
			id: `card-${level.id.toLowerCase()}`,
			title: `${level.id} ${level.label}: commander's card`,
			level: level.id,
		})),
		{ kind: 'escalation', id: 'escalation-policy', title: 'Escalation policy' },
		{ kind: 'cadence', id: 'update-cadence', title: 'Update cadence' },
		...runbooks
			.filter((runbook) => runbook.print)
			.map((runbook) => ({
				kind: 'runbook' as const,
				id: `runbook-${runbook.id}`,
				title: `Runbook: ${runbook.title}`,
				runbook: runbook.id,
			})),
	];
}
