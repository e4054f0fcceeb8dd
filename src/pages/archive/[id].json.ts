import type { APIRoute, GetStaticPaths } from 'astro';
import { getPostmortems, type PostmortemEntry } from '@/data/postmortems.ts';
import { readNotes } from '@/domain/postmortem/read-notes.ts';

export const getStaticPaths = (async () =>
	(await getPostmortems()).map((entry) => ({ params: { id: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

/**
 * An archive entry as data, for the post-mortem tool's "start from an archived post-mortem". The body
 * goes out as the plain text it renders, so re-exporting it does not escape its escapes a second time.
 */
export const GET: APIRoute = ({ props }) => {
	const entry = (props as { entry: PostmortemEntry }).entry;
	return new Response(JSON.stringify({ id: entry.id, data: entry.data, body: readNotes(entry.body ?? '') }), {
		headers: { 'Content-Type': 'application/json' },
	});
};
