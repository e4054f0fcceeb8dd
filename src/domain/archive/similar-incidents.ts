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

interface Signature<T> {
	services: readonly string[];
	trigger: string;
	/** Every incident with exactly these services and this trigger, by start time. */
	members: T[];
	times: number[];
}

/** Index of the first of `times` (ascending) at or after `time`. */
function firstAtOrAfter(times: readonly number[], time: number) {
	let low = 0;
	let high = times.length;
	while (low < high) {
		const mid = (low + high) >> 1;
		if (times[mid]! < time) low = mid + 1;
		else high = mid;
	}
	return low;
}

/**
 * The members of `signature` closest in time to `time`, apart from `skipId`: the nearest `limit`,
 * plus any that tie with the last of them, so the caller can still break ties by id.
 */
function nearestMembers<T extends SimilarityFacts>(
	signature: Signature<T>,
	time: number,
	skipId: string,
	limit: number,
) {
	const { members, times } = signature;
	const found: T[] = [];
	let before = firstAtOrAfter(times, time) - 1;
	let after = before + 1;
	let cutoff = Infinity;
	while (before >= 0 || after < members.length) {
		const takeBefore = after >= members.length || (before >= 0 && time - times[before]! <= times[after]! - time);
		const index = takeBefore ? before-- : after++;
		const distance = Math.abs(times[index]! - time);
		if (distance > cutoff) break;
		if (members[index]!.id === skipId) continue;
		found.push(members[index]!);
		if (found.length === limit) cutoff = distance;
	}
	return found;
}

/**
 * Answers `similarIncidents` for every post-mortem of one archive without reading the whole archive
 * each time. Incidents with the same services and trigger score the same against any target, so
 * they are grouped once, each group sorted by start time. A target then scores each group that
 * shares a service (or, when too few incidents do, its trigger) and takes from the best-scoring
 * groups only the members nearest to it in time. Same answers, in the same order.
 */
export function similarityIndex<T extends SimilarityFacts>(all: readonly T[]) {
	const signatures = new Map<string, Signature<T>>();
	for (const incident of all) {
		const key = JSON.stringify([incident.services, incident.trigger]);
		const signature = signatures.get(key);
		if (signature) signature.members.push(incident);
		else
			signatures.set(key, { services: incident.services, trigger: incident.trigger, members: [incident], times: [] });
	}
	/** Where each id stands, so a target's own entry is left out of counts without reading groups. */
	const signaturesOfId = new Map<string, Signature<T>[]>();
	const byService = new Map<string, Set<Signature<T>>>();
	const byTrigger = new Map<string, Set<Signature<T>>>();
	const file = (index: Map<string, Set<Signature<T>>>, key: string, signature: Signature<T>) => {
		const set = index.get(key);
		if (set) set.add(signature);
		else index.set(key, new Set([signature]));
	};
	for (const signature of signatures.values()) {
		signature.members.sort((a, b) => a.started.getTime() - b.started.getTime());
		signature.times = signature.members.map((incident) => incident.started.getTime());
		for (const { id } of signature.members) signaturesOfId.set(id, [...(signaturesOfId.get(id) ?? []), signature]);
		for (const service of signature.services) file(byService, service, signature);
		file(byTrigger, signature.trigger, signature);
	}

	return (target: SimilarityFacts, limit = 3): SimilarMatch<T>[] => {
		const sharing = new Set(target.services.flatMap((service) => [...(byService.get(service) ?? [])]));
		const sharingCount =
			[...sharing].reduce((sum, signature) => sum + signature.members.length, 0) -
			(signaturesOfId.get(target.id) ?? []).filter((signature) => sharing.has(signature)).length;
		const pool = sharingCount < limit ? new Set([...sharing, ...(byTrigger.get(target.trigger) ?? [])]) : sharing;
		const time = target.started.getTime();
		const candidates = [...pool].flatMap((signature) => {
			const shared = signature.services.filter((service) => target.services.includes(service)).length;
			const score = shared * 2 + (signature.trigger === target.trigger ? 1 : 0);
			return score > 0 ? nearestMembers(signature, time, target.id, limit) : [];
		});
		return similarIncidents(target, candidates, limit);
	};
}
