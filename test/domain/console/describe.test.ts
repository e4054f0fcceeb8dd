import { describe, expect, test } from 'vitest';
import { describeEntry } from '../../../src/domain/console/describe.ts';
import type { Entry } from '../../../src/domain/console/incident.ts';
import { model } from './fixtures.ts';

const base = { id: 'e', at: 0, author: 'P', edited: 0, deleted: false };
const say = (entry: Record<string, unknown>) => describeEntry({ ...base, ...entry } as Entry, model);
const commander = model.roles.find((r) => r.id === 'incident-commander')!;

describe('describeEntry', () => {
	test('prefixes a marked note with its label, and marks a done action', () => {
		expect(say({ kind: 'note', text: 'rolled back 812', marker: 'mitigated', done: false })).toBe(
			'Mitigated: rolled back 812',
		);
		expect(say({ kind: 'note', text: '', marker: 'detected', done: false })).toBe('Detected');
		expect(say({ kind: 'note', text: 'add canary', marker: 'action', done: true })).toBe('Action (done): add canary');
		expect(say({ kind: 'note', text: 'plain words', marker: null, done: false })).toBe('plain words');
	});

	test('names the level with its label and the reason', () => {
		const level = model.levels[0]!;
		expect(say({ kind: 'level', level: level.id, text: 'data loss', answers: '' })).toBe(
			`Level set to ${level.id} (${level.label}): data loss`,
		);
		expect(say({ kind: 'level', level: 'P9', text: '', answers: '' })).toBe('Level set to P9');
	});

	test('tells a hand-over from an assignment', () => {
		expect(say({ kind: 'role', role: commander.id, holder: 'Sam', handoff: true })).toBe(
			`${commander.name} handed over to Sam`,
		);
		expect(say({ kind: 'role', role: commander.id, holder: 'Sam', handoff: false })).toBe(
			`Sam holds ${commander.name}`,
		);
		expect(say({ kind: 'role', role: commander.id, holder: '', handoff: false })).toBe(
			`Nobody holds ${commander.name} now`,
		);
	});

	test('says which update went out, and names phases and checklist ticks', () => {
		expect(say({ kind: 'update', audience: 'public', template: 't', text: 'Status page: investigating' })).toBe(
			'Public update sent: Status page: investigating',
		);
		expect(say({ kind: 'phase', phase: model.phases[1]!.id })).toBe(`Phase: ${model.phases[1]!.name}`);
		expect(say({ kind: 'check', item: 'x', done: true, text: 'Page acknowledged' })).toBe('Done: Page acknowledged');
	});
});
