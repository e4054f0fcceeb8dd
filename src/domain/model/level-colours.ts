import type { Level } from '../../schemas/model.ts';

/**
 * The theme colour each badge variant stands for: Starlight's own colour names, so a level looks the same
 * in a Starlight badge, the classifier's result and the dashboard's charts. The one place that says so.
 */
export const LEVEL_COLOURS: Record<Level['badge'], 'red' | 'orange' | 'blue' | 'purple' | 'green' | 'gray'> = {
	danger: 'red',
	caution: 'orange',
	note: 'blue',
	tip: 'purple',
	success: 'green',
	default: 'gray',
};

/** The level's colour as CSS: the full tone, and the low and high tones Starlight pairs with it for text on a tint. */
export function levelColour(badge: Level['badge']): { base: string; low: string; high: string } {
	const name = LEVEL_COLOURS[badge];
	// Starlight has no gray-low/high pair; its gray scale's ends play that part.
	if (name === 'gray') return { base: 'var(--sl-color-gray-2)', low: 'var(--sl-color-gray-6)', high: 'var(--sl-color-white)' };
	return { base: `var(--sl-color-${name})`, low: `var(--sl-color-${name}-low)`, high: `var(--sl-color-${name}-high)` };
}
