/** Joins names the way a sentence lists them: "A", "A and B", "A, B and C"; an empty list reads "none". */
export function joinWords(items: readonly string[], conjunction = 'and'): string {
	if (items.length === 0) return 'none';
	if (items.length === 1) return items[0]!;
	return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}
