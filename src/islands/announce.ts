import type { Signal } from '@preact/signals';

/**
 * Puts `text` into the signal behind a polite live region. The region is emptied first and filled a
 * moment later, because setting the same text again would not be read out again (a second copy).
 */
export function announceIn(region: Signal<string>, text: string) {
	region.value = '';
	setTimeout(() => (region.value = text), 50);
}
