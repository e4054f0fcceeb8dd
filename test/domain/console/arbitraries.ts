import fc from 'fast-check';
import type { Entry, Incident } from '../../../src/domain/console/incident.ts';
import { AUDIENCES, MARKERS } from '../../../src/domain/console/vocabulary.ts';
import { serviceId } from '../../support/hostile-text.ts';

/** Moments within a few minutes of each other, so ties and reorderings actually happen. */
const moment = fc.integer({ min: 1_770_000_000_000, max: 1_770_000_000_000 + 600_000 });
const edited = fc.integer({ min: 1, max: 20 });
const words = fc.string({ maxLength: 30 });

/** One version of one entry; ids come from a small pool so that two copies of a log share some. */
export const entryArbitrary = (ids: readonly string[] = ['a', 'b', 'c', 'd', 'e', 'f']): fc.Arbitrary<Entry> => {
	const common = { id: fc.constantFrom(...ids), at: moment, author: words, edited, deleted: fc.boolean() };
	return fc.oneof(
		fc.record({
			...common,
			kind: fc.constant('note' as const),
			text: words,
			marker: fc.option(fc.constantFrom(...MARKERS), { nil: null }),
			done: fc.boolean(),
		}),
		fc.record({
			...common,
			kind: fc.constant('level' as const),
			level: fc.constantFrom('SEV1', 'SEV2'),
			text: words,
			answers: words,
		}),
		fc.record({
			...common,
			kind: fc.constant('role' as const),
			role: fc.constantFrom('incident-commander', 'scribe'),
			holder: words,
			handoff: fc.boolean(),
		}),
		fc.record({
			...common,
			kind: fc.constant('update' as const),
			audience: fc.constantFrom(...AUDIENCES),
			template: words,
			text: words,
		}),
		fc.record({
			...common,
			kind: fc.constant('check' as const),
			item: fc.constantFrom('phase:x:0', 'role:y:1'),
			done: fc.boolean(),
			text: words,
		}),
		fc.record({ ...common, kind: fc.constant('phase' as const), phase: fc.constantFrom('triage', 'mitigation') }),
	);
};

const stamped = <T>(value: fc.Arbitrary<T>) => fc.record({ value, edited });

/** A valid incident; every copy has the same id, as copies of one incident in several tabs would. */
export const incidentArbitrary: fc.Arbitrary<Incident> = fc.record({
	id: fc.constant('inc-1'),
	declaredAt: moment,
	facts: fc.record({
		title: stamped(words),
		services: stamped(fc.array(serviceId, { maxLength: 3 })),
		channel: stamped(words),
		impactStarted: stamped(fc.option(moment, { nil: null })),
		exercise: stamped(fc.boolean()),
		feature: stamped(words),
		symptoms: stamped(words),
		impact: stamped(words),
		cause: stamped(words),
		hypotheses: stamped(words),
		nextSteps: stamped(words),
		asks: stamped(words),
		statusPageUrl: stamped(words),
		dashboardUrl: stamped(words),
		runbookUrl: stamped(words),
	}),
	// One version per id, as a single copy holds.
	entries: fc
		.uniqueArray(entryArbitrary(), { selector: (e) => e.id, maxLength: 6 })
		.map((entries) => entries.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1))),
});
