import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
	AlertConflictError,
	buildAlertIndex,
	findRunbookForAlert,
	normaliseAlertName,
} from '../../../src/domain/runbooks/alerts.ts';

const runbooks = [
	{
		id: 'deploy-rollback',
		title: 'High error rate after a deploy',
		alerts: ['HighErrorBudgetBurnRate_Fast', 'HighErrorBudgetBurnRate_Slow'],
	},
	{ id: 'database-primary-failover', title: 'Database primary failover', alerts: ['PostgresPrimaryDown'] },
	{ id: 'disk-full', title: 'Disk full', alerts: ['DiskFull', 'NodeFilesystemAlmostFull'] },
];
const index = buildAlertIndex(runbooks);

describe('normaliseAlertName', () => {
	test('ignores case, spaces and punctuation', () => {
		expect(normaliseAlertName('highErrorBudgetBurnRate fast')).toBe(normaliseAlertName('HighErrorBudgetBurnRate_Fast'));
		expect(normaliseAlertName('High error-budget burn rate (FAST)')).toBe('higherrorbudgetburnratefast');
	});

	test('keeps digits, so numbered alerts stay distinct', () => {
		expect(normaliseAlertName('CertificateExpiresIn14Days')).not.toBe(
			normaliseAlertName('CertificateExpiresIn48Hours'),
		);
	});

	test('gives the same key for any mix of case and separators', () => {
		fc.assert(
			fc.property(fc.constantFrom(' ', '_', '-', '.', ':'), fc.boolean(), (separator, upper) => {
				const typed = ['high', 'error', 'budget', 'burn', 'rate', 'fast'].join(separator);
				expect(normaliseAlertName(upper ? typed.toUpperCase() : typed)).toBe('higherrorbudgetburnratefast');
			}),
		);
	});
});

describe('findRunbookForAlert', () => {
	test('finds the runbook for an alert typed with different case and spacing', () => {
		expect(findRunbookForAlert(index, 'highErrorBudgetBurnRate fast')).toEqual({
			alert: 'HighErrorBudgetBurnRate_Fast',
			runbookId: 'deploy-rollback',
			title: 'High error rate after a deploy',
		});
	});

	test('finds the alert inside a pasted notification title', () => {
		expect(findRunbookForAlert(index, '[FIRING:1] PostgresPrimaryDown (orders-db prod)')?.runbookId).toBe(
			'database-primary-failover',
		);
	});

	test('prefers the longest alert name found inside a paste', () => {
		expect(findRunbookForAlert(index, 'alert NodeFilesystemAlmostFull on node-7')?.alert).toBe(
			'NodeFilesystemAlmostFull',
		);
	});

	test('returns nothing for an unknown alert or an empty query', () => {
		expect(findRunbookForAlert(index, 'KafkaBrokerDown')).toBeUndefined();
		expect(findRunbookForAlert(index, '  _-  ')).toBeUndefined();
	});

	test('does not treat object keys such as "constructor" as alerts', () => {
		expect(findRunbookForAlert(index, 'constructor')).toBeUndefined();
	});
});

describe('buildAlertIndex', () => {
	test('refuses two runbooks claiming the same alert under different spellings', () => {
		const clash = [...runbooks, { id: 'other', title: 'Other', alerts: ['postgres primary down'] }];
		expect(() => buildAlertIndex(clash)).toThrow(AlertConflictError);
		expect(() => buildAlertIndex(clash)).toThrow(
			/"postgres primary down" in runbook "other".*"PostgresPrimaryDown" in runbook "database-primary-failover"/,
		);
	});

	test('tolerates a runbook listing the same alert twice', () => {
		expect(() => buildAlertIndex([{ id: 'a', title: 'A', alerts: ['DiskFull', 'disk_full'] }])).not.toThrow();
	});
});
