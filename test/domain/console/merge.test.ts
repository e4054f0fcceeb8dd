import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { canonicalJson, DifferentIncidentsError, mergeIncidents } from '../../../src/domain/console/merge.ts';
import { addEntry, editEntry, removeEntry, setFact } from '../../../src/domain/console/incident.ts';
import { incidentArbitrary } from './arbitraries.ts';
import { declared, T0 } from './fixtures.ts';

const ids = (entries: { id: string }[]) => entries.map((e) => e.id).sort();

describe('mergeIncidents', () => {
	test('keeps the entries two tabs added at the same moment', () => {
		const base = declared();
		const left = addEntry(
			base,
			{ kind: 'note', text: 'Error rate 40%', marker: null, done: false },
			T0 + 1000,
			'Priya',
		);
		const right = addEntry(
			base,
			{ kind: 'note', text: 'Deploy 812 went out at 13:48', marker: null, done: false },
			T0 + 1000,
			'Tomás',
		);
		const merged = mergeIncidents(left, right);
		expect(merged.entries.map((e) => ('text' in e ? e.text : e.kind))).toEqual(
			expect.arrayContaining(['Error rate 40%', 'Deploy 812 went out at 13:48']),
		);
		expect(merged.entries).toHaveLength(base.entries.length + 2);
	});

	test('takes the later edit of an entry and the later value of a fact', () => {
		const base = addEntry(declared(), { kind: 'note', text: 'first', marker: null, done: false }, T0 + 1, 'Priya');
		const id = base.entries.at(-1)!.id;
		const older = setFact(editEntry(base, id, { text: 'older' }, T0 + 1000), 'impact', 'older impact', T0 + 1000);
		const newer = setFact(editEntry(base, id, { text: 'newer' }, T0 + 2000), 'impact', 'newer impact', T0 + 2000);
		const merged = mergeIncidents(newer, older);
		expect(merged.entries.find((e) => e.id === id)).toMatchObject({ text: 'newer' });
		expect(merged.facts.impact.value).toBe('newer impact');
	});

	test('does not bring back an entry deleted in one copy', () => {
		const base = addEntry(declared(), { kind: 'note', text: 'typo', marker: null, done: false }, T0 + 1, 'Priya');
		const id = base.entries.at(-1)!.id;
		expect(mergeIncidents(base, removeEntry(base, id, T0 + 1)).entries.find((e) => e.id === id)?.deleted).toBe(true);
	});

	test('refuses to merge two different incidents', () => {
		expect(() => mergeIncidents(declared(), { ...declared(), id: 'other' })).toThrow(DifferentIncidentsError);
	});

	test('gives the same incident whatever the order (commutative)', () => {
		fc.assert(
			fc.property(incidentArbitrary, incidentArbitrary, (a, b) => {
				expect(mergeIncidents(a, b)).toEqual(mergeIncidents(b, a));
			}),
		);
	});

	test('changes nothing when merged again (idempotent) and groups freely (associative)', () => {
		fc.assert(
			fc.property(incidentArbitrary, incidentArbitrary, incidentArbitrary, (a, b, c) => {
				const ab = mergeIncidents(a, b);
				expect(mergeIncidents(ab, ab)).toEqual(ab);
				expect(mergeIncidents(ab, b)).toEqual(ab);
				expect(mergeIncidents(ab, c)).toEqual(mergeIncidents(a, mergeIncidents(b, c)));
			}),
		);
	});

	test('loses no entry, and keeps the latest edit of each', () => {
		fc.assert(
			fc.property(incidentArbitrary, incidentArbitrary, (a, b) => {
				const merged = mergeIncidents(a, b);
				expect(ids(merged.entries)).toEqual([...new Set(ids([...a.entries, ...b.entries]))]);
				for (const entry of merged.entries) {
					const versions = [...a.entries, ...b.entries].filter((e) => e.id === entry.id);
					expect(entry.edited).toBe(Math.max(...versions.map((v) => v.edited)));
				}
			}),
		);
	});
});

describe('canonicalJson', () => {
	test('gives the same text for the same content in any key order', () => {
		expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe(
			canonicalJson({ a: { c: null, d: [2, { e: 0, f: 1 }] }, b: 1 }),
		);
		expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: 2 }));
	});
});
