/** One line of /archive/index.json: enough to find an archived post-mortem and fetch the whole of it. */
export interface ArchiveListing {
	id: string;
	title: string;
	/** The day impact started, YYYY-MM-DD in UTC. */
	date: string;
}

/**
 * The listings whose date, title or id contain every word of `query` (any case), in archive order,
 * at most `limit` of them, with how many matched in all so the picker can say what it left out.
 */
export function findListings(
	listings: readonly ArchiveListing[],
	query: string,
	limit: number,
): { matches: ArchiveListing[]; total: number } {
	const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
	const matches: ArchiveListing[] = [];
	let total = 0;
	for (const listing of listings) {
		const haystack = `${listing.date} ${listing.title} ${listing.id}`.toLocaleLowerCase();
		if (!words.every((word) => haystack.includes(word))) continue;
		total++;
		if (matches.length < limit) matches.push(listing);
	}
	return { matches, total };
}
