import { loadModel } from '../../../src/data/load-model.ts';
import { emptyDraft, newKey, type Draft } from '../../../src/domain/postmortem/draft.ts';

export const model = loadModel();
export const levelIds = model.levels.map((l) => l.id) as [string, ...string[]];

/** A draft with every required field filled, as a user would after a real incident. */
export function completeDraft(overrides: Partial<Draft> = {}): Draft {
	return {
		...emptyDraft(),
		title: 'Checkout errors after a config push',
		severity: levelIds[1] ?? levelIds[0],
		services: ['checkout', 'payments'],
		trigger: 'config-change',
		detection: 'alert',
		commander: 'Priya Raman',
		authors: ['Priya Raman', 'Tomás Ortega'],
		started: '2025-03-15T14:20',
		detected: '2025-03-15T14:32',
		acknowledged: '2025-03-15T14:35',
		mitigated: '2025-03-15T15:02',
		resolved: '2025-03-15T16:10',
		impact: { usersAffected: '1200', userShare: '4.5', revenueEstimate: '8000', slaMinutes: '42' },
		summary: 'A configuration push removed the payment provider from the allow-list, so card payments failed.',
		timeline: [
			{ key: newKey(), time: '2025-03-15T14:20', event: 'Config push reaches production' },
			{ key: newKey(), time: '2025-03-15T14:32', event: 'Payment error alert fires' },
		],
		rootCause: 'The allow-list accepted an empty provider list without any validation.',
		contributingFactors: ['No canary stage for configuration'],
		fiveWhys: [{ key: newKey(), why: 'Why did payments fail?', because: 'The allow-list was empty.' }],
		wentWell: ['The alert fired within twelve minutes'],
		wentPoorly: ['Rollback took two attempts'],
		lucky: ['It happened outside the sale'],
		actionItems: [
			{
				key: newKey(),
				action: 'Validate allow-lists in CI',
				owner: 'Priya Raman',
				priority: 'P1',
				due: '2025-04-01',
				status: 'open',
				link: '',
			},
		],
		notes: 'Recording of the review is on the team drive.',
		...overrides,
	};
}
