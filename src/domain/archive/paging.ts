/** One page of a long list: which items it holds and where it sits among the others. */
export interface Page<T> {
	items: T[];
	/** 1-based page number. */
	number: number;
	/** How many pages the list makes; an empty list still makes one (empty) page. */
	count: number;
	/** 1-based positions of the first and last item on this page; 0 and 0 on an empty page. */
	first: number;
	last: number;
	total: number;
}

export function pageCount(total: number, size: number): number {
	if (!Number.isInteger(size) || size < 1) throw new RangeError(`A page holds at least one item, not ${size}`);
	return Math.max(1, Math.ceil(total / size));
}

export function pageOf<T>(items: readonly T[], number: number, size: number): Page<T> {
	const count = pageCount(items.length, size);
	if (!Number.isInteger(number) || number < 1 || number > count)
		throw new RangeError(`Page ${number} does not exist; there ${count === 1 ? 'is 1 page' : `are ${count} pages`}`);
	const start = (number - 1) * size;
	const slice = items.slice(start, start + size);
	return {
		items: slice,
		number,
		count,
		first: slice.length > 0 ? start + 1 : 0,
		last: start + slice.length,
		total: items.length,
	};
}

/**
 * The page numbers a pager shows: always the first and last, the current one with `around` on each
 * side, and `null` where a run of numbers is left out. A gap of one number shows the number instead,
 * since an ellipsis would take the same room and hide it.
 */
export function pagerNumbers(current: number, count: number, around = 1): (number | null)[] {
	const shown = new Set([1, count]);
	for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= count) shown.add(n);
	const sorted = [...shown].sort((a, b) => a - b);
	const out: (number | null)[] = [];
	for (const n of sorted) {
		const previous = out.at(-1);
		if (typeof previous === 'number' && n - previous === 2) out.push(n - 1);
		else if (typeof previous === 'number' && n - previous > 2) out.push(null);
		out.push(n);
	}
	return out;
}
