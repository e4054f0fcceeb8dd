import { describe, expect, test } from 'vitest';
import { parseSavedState, prefillFromUrl, serializeState } from '../../../src/domain/comms/state.ts';

const keys = ['severity', 'service', 'feature'];

describe('saved state', () => {
	test('restores what was saved', () => {
		const text = serializeState({ facts: { service: 'API', severity: 'X' }, format: 'slack' });
		expect(parseSavedState(text, keys)).toEqual({
			ok: true,
			state: { facts: { service: 'API', severity: 'X' }, format: 'slack' },
		});
	});

	test('drops fields the tool no longer knows and an unknown format', () => {
		const text = JSON.stringify({ version: 1, facts: { service: 'API', gone: 'x' }, format: 'rtf' });
		expect(parseSavedState(text, keys)).toEqual({ ok: true, state: { facts: { service: 'API' }, format: 'plain' } });
	});

	test.each([
		['{not json', 'not valid JSON'],
		['null', 'does not understand'],
		['{"version":2,"facts":{}}', 'does not understand'],
		['{"version":1,"facts":[]}', 'not a list of fields'],
		['{"version":1,"facts":{"service":42}}', '"service" is not text'],
	])('reports %s instead of crashing', (text, message) => {
		const result = parseSavedState(text, keys);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.error).toContain(message);
	});
});

describe('prefillFromUrl', () => {
	test('takes a known severity and other facts from the address', () => {
		expect(prefillFromUrl('?severity=B&service=Checkout&utm=x', keys, ['A', 'B'])).toEqual({
			facts: { severity: 'B', service: 'Checkout' },
			notes: [],
		});
	});

	test('ignores an unknown severity with a note naming it', () => {
		const { facts, notes } = prefillFromUrl('?severity=SEV9&feature=login', keys, ['A', 'B']);
		expect(facts).toEqual({ feature: 'login' });
		expect(notes).toEqual([expect.stringContaining('"SEV9"')]);
	});
});
