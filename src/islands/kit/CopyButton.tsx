import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { Announce } from './announce.tsx';

interface Props {
	/** The text to copy, or a function that builds it when the button is pressed. */
	text: string | (() => string);
	/** What is copied, inside a sentence: "declaration line", "message of “Status page: investigating”". */
	what: string;
	announce: Announce;
	children: ComponentChildren;
	/** Runs after a successful copy (e.g. to log that an update went out). */
	onCopied?: () => void;
}

/**
 * A copy button whose outcome is shown beside it for a few seconds and spoken through the tool's live
 * region. A refused clipboard says so and tells the person how to copy by hand.
 */
export function CopyButton({ text, what, announce, children, onCopied }: Props) {
	const state = useSignal<'idle' | 'copied' | 'failed'>('idle');
	useEffect(() => {
		if (state.value !== 'copied') return;
		const timer = setTimeout(() => (state.value = 'idle'), 4000);
		return () => clearTimeout(timer);
	}, [state.value]);
	async function copy() {
		try {
			await navigator.clipboard.writeText(typeof text === 'function' ? text() : text);
			state.value = 'copied';
			announce(`Copied the ${what}.`);
			onCopied?.();
		} catch {
			state.value = 'failed';
			announce(`Could not copy the ${what}; select it and copy it by hand.`);
		}
	}
	return (
		<>
			<button type="button" class="tool-button" onClick={copy}>
				{children}
			</button>
			{state.value === 'copied' && <span class="tool-confirm">Copied</span>}
			{state.value === 'failed' && (
				<span class="tool-warning">Copying failed: select the text and copy it by hand.</span>
			)}
		</>
	);
}
