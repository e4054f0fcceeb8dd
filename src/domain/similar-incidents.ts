/** What similarity is judged on. */
export interface SimilarityFacts {
	id: string;
	services: readonly string[];
	trigger: string;
	started: Date;
}

export interface SimilarMatch<T extends SimilarityFacts> {
	incident: T;
	sharedServices: string[];
	sameTrigger: boolean;
	score: number;
}

/**
 * Post-mortems that share a service or the trigger with `target`, best first. A shared service
 * weighs more than a shared trigger because the same system failing again is the stronger signal
 * for a reader; ties go to the incident closest in time.
 */
export function similarIncidents<T extends SimilarityFacts>(
	target: SimilarityFacts,
	all: readonly T[],
	limit = 3,
): SimilarMatch<T>[] {
	return all
		.filter((other) => other.id !== target.id)
		.map((other) => {
			const sharedServices = other.services.filter((service) => target.services.includes(service));
			const sameTrigger = other.trigger === target.trigger;
			return { incident: other, sharedServices, sameTrigger, score: sharedServices.length * 2 + (sameTrigger ? 1 : 0) };
		})
		.filter((match) => match.score > 0)
		.sort(
			(a, b) =>
				b.score - a.score ||
				Math.abs(a.incident.started.getTime() - target.started.getTime()) -
					Math.abs(b.incident.started.getTime() - target.started.getTime()) ||
				a.incident.id.localeCompare(b.incident.id),
		)
		.slice(0, limit);
}
