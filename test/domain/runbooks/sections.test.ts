import { describe, expect, test } from 'vitest';
import { optionSlug, sectionSlug } from '../../../src/domain/runbooks/sections.ts';

describe('sectionSlug', () => {
	test('is the plain anchor on a runbook’s own page', () => {
		expect(sectionSlug('beforeYouStart')).toBe('before-you-start');
	});

	test('carries the prefix where several runbooks share a page', () => {
		expect(sectionSlug('diagnose', 'runbook-disk-full-')).toBe('runbook-disk-full-diagnose');
	});
});

describe('optionSlug', () => {
	test('counts options from one', () => {
		expect(optionSlug(0)).toBe('option-1');
		expect(optionSlug(2, 'runbook-disk-full-')).toBe('runbook-disk-full-option-3');
	});
});
