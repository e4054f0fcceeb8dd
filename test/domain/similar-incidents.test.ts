import { describe, expect, test } from 'vitest';
import { similarIncidents, type SimilarityFacts } from '../../src/domain/similar-incidents.ts';

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
});
