import { describe, expect, test } from 'vitest';
import { printSheets } from '../../../src/domain/print/print-pack.ts';

const levels = [
	{ id: 'SEV1', label: 'Critical' },
	{ id: 'SEV2', label: 'Major' },
];
const runbooks = [
	{ id: 'disk-full', title: 'Disk full', print: false },
	{ id: 'deploy-rollback', title: 'Roll back a deploy', print: true },
	{ id: 'db-failover', title: 'Database failover', print: true },
];

describe('printSheets', () => {
	test('puts the matrix first, then a card per level, the escalation policy and the update cadence', () => {
		expect(printSheets(levels, []).map((sheet) => sheet.title)).toEqual([
			'Severity matrix',
			"SEV1 Critical: commander's card",
			"SEV2 Major: commander's card",
			'Escalation policy',
			'Update cadence',
		]);
	});

	test('ends with the runbooks marked for printing, in the order given', () => {
		const sheets = printSheets(levels, runbooks).filter((sheet) => sheet.kind === 'runbook');
		expect(sheets).toEqual([
			{
				kind: 'runbook',
				id: 'runbook-deploy-rollback',
				title: 'Runbook: Roll back a deploy',
				runbook: 'deploy-rollback',
			},
			{ kind: 'runbook', id: 'runbook-db-failover', title: 'Runbook: Database failover', runbook: 'db-failover' },
		]);
	});

	test('gives every sheet its own id', () => {
		const ids = printSheets(levels, runbooks).map((sheet) => sheet.id);
		expect(new Set(ids).size).toBe(ids.length);
	});
});
