import type { CollectionEntry } from 'astro:content';
import { entriesOf } from './collection-entries.ts';
import { model, severityRank } from './model.ts';
import { buildAlertIndex, type AlertIndex } from '../domain/runbooks/alerts.ts';
import { reviewStatus, type ReviewStatus } from '../domain/runbooks/review.ts';
import { buildDate } from './build-date.ts';

export type RunbookEntry = CollectionEntry<'runbooks'>;

/** Thrown when a page or a reference asks for a runbook that does not exist. */
export class UnknownRunbookError extends Error {
	constructor(id: string, known: string[]) {
		super(`Unknown runbook "${id}"; the runbooks are ${known.join(', ')}`);
		this.name = 'UnknownRunbookError';
	}
}

/** Runbooks ordered by their most severe level, then title, so the worst situations come first. */
export async function getRunbooks(): Promise<RunbookEntry[]> {
	const entries = await entriesOf('runbooks');
	const rank = (entry: RunbookEntry) => Math.min(...entry.data.severity.map(severityRank));
	return entries.sort((a, b) => rank(a) - rank(b) || a.data.title.localeCompare(b.data.title));
}

export async function getRunbook(id: string): Promise<RunbookEntry> {
	const all = await getRunbooks();
	const entry = all.find((r) => r.id === id);
	if (!entry)
		throw new UnknownRunbookError(
			id,
			all.map((r) => r.id),
		);
	return entry;
}

export function getReviewStatus(entry: RunbookEntry): ReviewStatus {
	return reviewStatus(entry.data.lastReviewed, entry.data.reviewEvery, buildDate);
}

/** The runbooks a runbook points to, resolved so a renamed or deleted runbook stops the build. */
export async function getRelatedRunbooks(entry: RunbookEntry): Promise<RunbookEntry[]> {
	return Promise.all(entry.data.related.map((ref) => getRunbook(ref.id)));
}

/** Post-mortems whose responders used this runbook, newest first; none is a normal answer. */
export async function getPostmortemsUsing(id: string): Promise<CollectionEntry<'postmortems'>[]> {
	const postmortems = await entriesOf('postmortems', (pm) => pm.data.runbooks.some((ref) => ref.id === id));
	return postmortems.sort((a, b) => b.data.started.getTime() - a.data.started.getTime());
}

/** Normalised alert name to runbook, for the lookup on the index page; fails the build on a clash. */
export async function getAlertIndex(): Promise<AlertIndex> {
	return buildAlertIndex((await getRunbooks()).map((r) => ({ id: r.id, title: r.data.title, alerts: r.data.alerts })));
}

/** Runbooks grouped by service, services in alphabetical order. */
export async function getRunbooksByService(): Promise<[service: string, runbooks: RunbookEntry[]][]> {
	const groups = new Map<string, RunbookEntry[]>();
	for (const entry of await getRunbooks())
		groups.set(entry.data.service, [...(groups.get(entry.data.service) ?? []), entry]);
	return [...groups].sort(([a], [b]) => a.localeCompare(b));
}

/** Each model level with the runbooks that list it, in the model's order; a runbook may appear under several. */
export async function getRunbooksBySeverity() {
	const all = await getRunbooks();
	return model.levels.map((level) => ({ level, runbooks: all.filter((r) => r.data.severity.includes(level.id)) }));
}
