import { useSignal, type Signal } from '@preact/signals';

/**
 * Puts `text` into the signal behind a polite live region. The region is emptied first and filled a
 * moment later, because setting the same text again would not be read out again (a second copy).
 */
export function announceIn(region: Signal<string>, text: string) {
	region.value = '';
	setTimeout(() => (region.value = text), 50);
}

export type Announce = (text: string) => void;

/** A tool's polite live region: render `region` once, pass `announce` to whatever needs to speak. */
export function useAnnouncer(): { announce: Announce; region: Signal<string> } {
	const region = useSignal('');
	return { announce: (text) => announceIn(region, text), region };
}

export function LiveRegion({ region }: { region: Signal<string> }) {
	return (
		<p class="sr-only" aria-live="polite">
			{region.value}
		</p>
	);
}
