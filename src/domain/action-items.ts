/** An action item as the tracker needs it, with the post-mortem it came from. */
export interface TrackedItem {
	postmortemId: string;
	postmortemTitle: string;
	id: string;
	action: string;
	priority: string;
	owner: string;
	due: Date;
	status: string;
	link?: string | undefined;
}

export interface OwnerGroup {
	owner: string;
	items: (TrackedItem & { daysOverdue: number })[];
}

const DAY = 86_400_000;
const OPEN_STATUSES = new Set(['open', 'in-progress']);

export class BuildDateError extends Error {
	constructor(value: string) {
		super(`BUILD_DATE must be a calendar date written YYYY-MM-DD, e.g. 2025-03-15; got "${value}"`);
		this.name = 'BuildDateError';
	}
}

/**
 * The day the tracker measures "overdue" against. Builds are reproducible only if this can be
 * pinned, so the BUILD_DATE environment variable wins over the clock.
 */
export function buildDate(value: string | undefined, now: Date = new Date()): Date {
	if (value === undefined || value.trim() === '') {
		return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
	}
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
	const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
	if (!match || !date || date.getUTCDate() !== Number(match[3]) || date.getUTCMonth() !== Number(match[2]) - 1) {
		throw new BuildDateError(value);
	}
	return date;
}

/** Whole days from the due date to the build date: positive when late, zero on the day, negative before. */
export function daysOverdue(due: Date, today: Date): number {
	return Math.round((today.getTime() - due.getTime()) / DAY);
}

/** States lateness in words, so it does not rely on colour to be noticed. */
export function describeDue(days: number): string {
	const plural = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;
	if (days > 0) return `Overdue by ${plural(days)}`;
	if (days === 0) return 'Due today';
	return `Due in ${plural(-days)}`;
}

export function isOpen(item: { status: string }): boolean {
	return OPEN_STATUSES.has(item.status);
}

/**
 * Open and in-progress items grouped by owner (alphabetically), each group ordered with the most
 * overdue first so the item that most needs chasing leads.
 */
export function openItemsByOwner(items: readonly TrackedItem[], today: Date): OwnerGroup[] {
	const groups = new Map<string, OwnerGroup['items']>();
	for (const item of items.filter(isOpen)) {
		const list = groups.get(item.owner) ?? [];
		list.push({ ...item, daysOverdue: daysOverdue(item.due, today) });
		groups.set(item.owner, list);
	}
	return [...groups.entries()]
		.sort(([a], [b]) => a.localeCompare(b, 'en'))
		.map(([owner, list]) => ({
			owner,
			items: list.sort((a, b) => b.daysOverdue - a.daysOverdue || a.postmortemId.localeCompare(b.postmortemId)),
		}));
}
