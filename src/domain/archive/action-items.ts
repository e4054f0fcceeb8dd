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
