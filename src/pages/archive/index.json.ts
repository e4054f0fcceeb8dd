import type { APIRoute } from 'astro';
import { getPostmortems } from '@/data/postmortems.ts';
import type { ArchiveListing } from '@/domain/postmortem/archive-listing.ts';
import { formatDay } from '@/domain/time/calendar.ts';

/**
 * Every post-mortem's id, title and date, newest first: the post-mortem tool fetches this only when
 * someone opens "start from an archived post-mortem", so its page stays small however big the archive grows.
 */
export const GET: APIRoute = async () => {
	const listings: ArchiveListing[] = (await getPostmortems()).map((entry) => ({
		id: entry.id,
		title: entry.data.title,
		date: formatDay(entry.data.started),
	}));
	return new Response(JSON.stringify(listings), { headers: { 'Content-Type': 'application/json' } });
};
