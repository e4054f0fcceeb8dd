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
 *
 * Every archive page asks this of the whole archive, so it keeps only the best `limit` in one pass
 * instead of sorting every match: with thousands of post-mortems a full sort per page made the
 * build grow with the square of the archive.
 */
export function similarIncidents<T extends SimilarityFacts>(
	target: SimilarityFacts,
	all: readonly T[],
	limit = 3,
): SimilarMatch<T>[] {
	const targetTime = target.started.getTime();
	const distance = (match: SimilarMatch<T>) => Math.abs(match.incident.started.getTime() - targetTime);
	const better = (a: SimilarMatch<T>, b: SimilarMatch<T>) =>
		a.score !== b.score
			? a.score > b.score
			: distance(a) !== distance(b)
				? distance(a) < distance(b)
				: a.incident.id < b.incident.id;
	const best: SimilarMatch<T>[] = [];
	if (limit <= 0) return best;
	for (const other of all) {
		if (other.id === target.id) continue;
		const sharedServices = other.services.filter((service) => target.services.includes(service));
		const sameTrigger = other.trigger === target.trigger;
		const score = sharedServices.length * 2 + (sameTrigger ? 1 : 0);
		if (score === 0) continue;
		const match = { incident: other, sharedServices, sameTrigger, score };
		if (best.length === limit && !better(match, best[limit - 1]!)) continue;
		let at = Math.min(best.length, limit - 1);
		if (best.length === limit) best.pop();
		while (at > 0 && better(match, best[at - 1]!)) at--;
		best.splice(at, 0, match);
	}
	return best;
}

/**
 * Answers `similarIncidents` for every post-mortem of one archive without reading the whole archive
 * each time: only incidents sharing a service can score 2 or more, so the trigger's (much larger)
 * group is read only when fewer than `limit` share a service. Same answers, in the same order.
 */
export function similarityIndex<T extends SimilarityFacts>(all: readonly T[]) {
	const group = (key: (incident: T) => readonly string[]) => {
		const groups = new Map<string, T[]>();
		for (const incident of all)
			for (const value of key(incident)) {
				const list = groups.get(value);
				if (list) list.push(incident);
				else groups.set(value, [incident]);
			}
		return groups;
	};
	const byService = group((incident) => incident.services);
	const byTrigger = group((incident) => [incident.trigger]);
	return (target: SimilarityFacts, limit = 3): SimilarMatch<T>[] => {
		const pool = new Set(target.services.flatMap((service) => byService.get(service) ?? []));
		const sharingService = [...pool].filter((incident) => incident.id !== target.id).length;
		if (sharingService < limit) for (const incident of byTrigger.get(target.trigger) ?? []) pool.add(incident);
		return similarIncidents(target, [...pool], limit);
	};
}
