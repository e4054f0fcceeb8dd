import { getCollection, type CollectionEntry } from 'astro:content';
import { holdsEntries, type ContentFolder } from './content-folders.ts';

/**
 * The entries of a collection a fork may leave empty, through `filter` if given: none, without Astro's
 * warning that the collection "does not exist", when its folder holds nothing yet.
 */
export async function entriesOf<C extends ContentFolder>(
	collection: C,
	filter: (entry: CollectionEntry<C>) => boolean = () => true,
): Promise<CollectionEntry<C>[]> {
	return holdsEntries(collection) ? getCollection(collection, filter) : [];
}
