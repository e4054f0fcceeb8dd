import type { CollectionEntry } from 'astro:content';
import { entriesOf } from './collection-entries.ts';
import { model } from './model.ts';
import { sitePath } from './site-path.ts';
import { getRunbook, type RunbookEntry } from './runbooks.ts';
import type { TrackedItem } from '../domain/archive/action-items.ts';
import type { MetricIncident } from '../domain/archive/incident-metrics.ts';
import { pageCount, pageOf } from '../domain/archive/paging.ts';
import { similarityIndex } from '../domain/archive/similar-incidents.ts';

export type PostmortemEntry = CollectionEntry<'postmortems'>;

/** Thrown when a page asks for a post-mortem that does not exist. */
export class UnknownPostmortemError extends Error {
	constructor(id: string, known: string[]) {
		super(`Unknown post-mortem "${id}"; the archive holds ${known.join(', ') || 'no post-mortems'}`);
		this.name = 'UnknownPostmortemError';
	}
}

export const levelIds = model.levels.map((level) => level.id);

async function loadPostmortems(): Promise<readonly PostmortemEntry[]> {
	const entries = await entriesOf('postmortems');
	return entries.sort((a, b) => b.data.started.getTime() - a.data.started.getTime() || (a.id < b.id ? -1 : 1));
}

let archive: Promise<readonly PostmortemEntry[]> | undefined;

/**
 * Every post-mortem, newest first. A build renders every archive page against the same collection,
 * so it is loaded and sorted once; the development server reloads it so edits show.
 */
export function getPostmortems(): Promise<readonly PostmortemEntry[]> {
	if (import.meta.env.DEV) return loadPostmortems();
	return (archive ??= loadPostmortems());
}

export async function getPostmortem(id: string): Promise<PostmortemEntry> {
	const all = await getPostmortems();
	const entry = all.find((pm) => pm.id === id);
	if (!entry)
		throw new UnknownPostmortemError(
			id,
			all.map((pm) => pm.id),
		);
	return entry;
}

export function postmortemHref(id: string): string {
	return sitePath(`/archive/${id}/`);
}

/** The archive index lists this many post-mortems a page, newest first; the model sets it. */
export const archivePageSize = model.config.archivePageSize;

/** Page 1 of the archive index is the archive's front page; the others live under /archive/page/. */
export function archivePageHref(number: number): string {
	return sitePath(number === 1 ? '/archive/' : `/archive/page/${number}/`);
}

export async function getArchivePageCount(): Promise<number> {
	return pageCount((await getPostmortems()).length, archivePageSize);
}

export async function getArchivePage(number: number) {
	return pageOf(await getPostmortems(), number, archivePageSize);
}

/** The runbooks the responders used, resolved so a renamed runbook stops the build. */
export async function getRunbooksUsed(entry: PostmortemEntry): Promise<RunbookEntry[]> {
	return Promise.all(entry.data.runbooks.map((ref) => getRunbook(ref.id)));
}

export function toMetricIncident(entry: PostmortemEntry): MetricIncident {
	const { severity, started, detected, acknowledged, mitigated, resolved } = entry.data;
	return { severity, started, detected, acknowledged, mitigated, resolved };
}

/** Every action item of every post-mortem, carrying where it came from. */
export function trackedItems(entries: readonly PostmortemEntry[]): TrackedItem[] {
	return entries.flatMap((entry) =>
		entry.data.actionItems.map((item) => ({ ...item, postmortemId: entry.id, postmortemTitle: entry.data.title })),
	);
}

const similarityFacts = (pm: PostmortemEntry) => ({
	id: pm.id,
	services: pm.data.services,
	trigger: pm.data.trigger,
	started: pm.data.started,
	entry: pm,
});

const indexArchive = (archive: readonly PostmortemEntry[]) => similarityIndex(archive.map(similarityFacts));
const indexByArchive = new WeakMap<readonly PostmortemEntry[], ReturnType<typeof indexArchive>>();

/** Post-mortems sharing a service or the trigger with `entry`, best matches first. */
export async function getSimilar(entry: PostmortemEntry, limit = 3) {
	const archive = await getPostmortems();
	let similar = indexByArchive.get(archive);
	if (!similar) indexByArchive.set(archive, (similar = indexArchive(archive)));
	return similar(similarityFacts(entry), limit).map((match) => ({
		entry: match.incident.entry,
		sharedServices: match.sharedServices,
		sameTrigger: match.sameTrigger,
	}));
}
