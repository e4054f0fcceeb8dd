const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Text cut to at most `max` characters as people count them (an emoji or an accented letter is one), with
 * an ellipsis when anything was cut. Cutting by UTF-16 units could split an emoji into a broken character.
 */
export function truncate(text: string, max: number): string {
	const parts = [...graphemes.segment(text)];
	if (parts.length <= max) return text;
	return `${parts
		.slice(0, max - 1)
		.map((p) => p.segment)
		.join('')
		.trimEnd()}…`;
}
