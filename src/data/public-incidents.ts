import type { CollectionEntry } from 'astro:content';
import { entriesOf } from './collection-entries.ts';

export type PublicIncidentEntry = CollectionEntry<'publicIncidents'>;

/** Public outages, most recent first. */
export async function getPublicIncidents(): Promise<PublicIncidentEntry[]> {
	const entries = await entriesOf('publicIncidents');
	return entries.sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id));
}

/** The site a source lives on, as a reader would recognise it: "aws.amazon.com", "blog.cloudflare.com". */
export function sourceSite(address: string): string {
	return new URL(address).hostname.replace(/^www\./, '');
}
