import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	similarIncidents,
	similarityIndex,
	type SimilarityFacts,
} from '../../../src/domain/archive/similar-incidents.ts';

const pm = (id: string, services: string[], trigger: string, started: string): SimilarityFacts => ({
	id,
	services,
	trigger,
	started: new Date(started),
});

const target = pm('target', ['checkout', 'payments'], 'deploy', '2025-03-01T00:00:00Z');
const archive = [
	target,
	pm('trigger-only', ['search'], 'deploy', '2025-03-02T00:00:00Z'),
	pm('one-service', ['checkout'], 'capacity', '2025-01-01T00:00:00Z'),
	pm('both-services', ['payments', 'checkout'], 'hardware', '2024-01-01T00:00:00Z'),
	pm('service-and-trigger', ['payments'], 'deploy', '2024-06-01T00:00:00Z'),
	pm('unrelated', ['email'], 'data', '2025-03-01T01:00:00Z'),
];

describe('similarIncidents', () => {
	test('ranks shared services above a shared trigger and never returns the incident itself', () => {
		const ids = similarIncidents(target, archive, 10).map((m) => m.incident.id);
		expect(ids).toEqual(['both-services', 'service-and-trigger', 'one-service', 'trigger-only']);
	});

	test('leaves out incidents with nothing in common', () => {
		expect(similarIncidents(target, archive, 10).map((m) => m.incident.id)).not.toContain('unrelated');
	});

	test('breaks ties by closeness in time', () => {
		const close = pm('close', ['search'], 'deploy', '2025-02-20T00:00:00Z');
		const far = pm('far', ['search'], 'deploy', '2023-02-20T00:00:00Z');
		expect(similarIncidents(target, [far, close]).map((m) => m.incident.id)).toEqual(['close', 'far']);
	});

	test('says why each one matched and stops at the limit', () => {
		const [best] = similarIncidents(target, archive, 1);
		expect(similarIncidents(target, archive, 2)).toHaveLength(2);
		expect(best).toMatchObject({ sharedServices: ['payments', 'checkout'], sameTrigger: false });
	});

	test('keeps the same best matches, in the same order, as ranking the whole archive', () => {
		const facts = fc.record({
			id: fc.string({ minLength: 1, maxLength: 4 }),
			services: fc.uniqueArray(fc.constantFrom<string>('checkout', 'payments', 'search', 'email'), { maxLength: 3 }),
			trigger: fc.constantFrom('deploy', 'capacity', 'data'),
			started: fc.integer({ min: 0, max: 10 }).map((day) => new Date(Date.UTC(2025, 0, 1 + day))),
		});
		fc.assert(
			fc.property(
				facts,
				fc.uniqueArray(facts, { selector: (f) => f.id, maxLength: 30 }),
				fc.integer({ min: 0, max: 6 }),
				(subject, all, limit) => {
					const time = (f: SimilarityFacts) => Math.abs(f.started.getTime() - subject.started.getTime());
					const score = (f: SimilarityFacts) =>
						f.services.filter((s) => subject.services.includes(s)).length * 2 + (f.trigger === subject.trigger ? 1 : 0);
					const ranked = all
						.filter((f) => f.id !== subject.id && score(f) > 0)
						.sort((a, b) => score(b) - score(a) || time(a) - time(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
						.slice(0, limit)
						.map((f) => f.id);
					expect(similarIncidents(subject, all, limit).map((m) => m.incident.id)).toEqual(ranked);
				},
			),
		);
	});
});

describe('similarityIndex', () => {
	const facts = fc.record({
		id: fc.string({ minLength: 1, maxLength: 4 }),
		services: fc.uniqueArray(fc.constantFrom<string>('checkout', 'payments', 'search', 'email', 'dns'), {
			maxLength: 3,
		}),
		trigger: fc.constantFrom('deploy', 'capacity', 'data'),
		started: fc.integer({ min: 0, max: 10 }).map((day) => new Date(Date.UTC(2025, 0, 1 + day))),
	});

	// Few services, triggers and days: many incidents alike and at the same distance, so ties decide.
	const crowded = fc.record({
		id: fc.string({ minLength: 1, maxLength: 3 }),
		services: fc.uniqueArray(fc.constantFrom<string>('checkout', 'payments'), { maxLength: 2 }),
		trigger: fc.constantFrom('deploy', 'capacity'),
		started: fc.integer({ min: 0, max: 3 }).map((day) => new Date(Date.UTC(2025, 0, 1 + day))),
	});

	test.each([
		['varied', facts],
		['crowded', crowded],
	])('answers exactly what ranking the whole archive answers, for every incident in a %s archive', (_kind, facts) => {
		fc.assert(
			fc.property(
				fc.uniqueArray(facts, { selector: (f) => f.id, maxLength: 40 }),
				fc.integer({ min: 0, max: 6 }),
				(all, limit) => {
					const similar = similarityIndex(all);
					for (const subject of all) expect(similar(subject, limit)).toEqual(similarIncidents(subject, all, limit));
				},
			),
			{ numRuns: 300 },
		);
	});

	test('answers the same for an incident that is not in the archive yet', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(facts, { selector: (f) => f.id, maxLength: 40 }),
				facts,
				fc.integer({ min: 0, max: 6 }),
				(all, subject, limit) => {
					expect(similarityIndex(all)(subject, limit)).toEqual(similarIncidents(subject, all, limit));
				},
			),
			{ numRuns: 300 },
		);
	});

	test('falls back to the shared trigger when too few incidents share a service', () => {
		const similar = similarityIndex(archive);
		expect(similar(target, 10).map((m) => m.incident.id)).toEqual(
			similarIncidents(target, archive, 10).map((m) => m.incident.id),
		);
		expect(similar(target, 10).map((m) => m.incident.id)).toContain('trigger-only');
	});
});
