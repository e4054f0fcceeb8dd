import { describe, expect, test } from 'vitest';
import { ownerProblem } from '../../../src/domain/postmortem/owners.ts';

const policy = { must: 'person', teamWords: ['team', 'squad', 'on-call', 'tbd', 'n/a'] } as const;

describe('ownerProblem', () => {
	test.each(['Priya Raman', 'Tomás Ortega', 'Teaman Squire', 'O’Brien'])('accepts %s, a person', (owner) => {
		expect(ownerProblem(owner, policy)).toBeUndefined();
	});

	test.each([
		['Identity team', 'team'],
		['platform-team', 'team'],
		['Payments Squad', 'squad'],
		['On call', 'on-call'],
		['TBD', 'tbd'],
		['N/A', 'n/a'],
	])('refuses %s, naming the word that reads as a team', (owner, word) => {
		expect(ownerProblem(owner, policy)).toContain(`("${word}")`);
	});

	test('accepts teams when the model allows them', () => {
		expect(ownerProblem('Identity team', { ...policy, must: 'person-or-team' })).toBeUndefined();
	});
});
