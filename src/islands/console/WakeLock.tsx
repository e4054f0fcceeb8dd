import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';

/**
 * Keeps a wall screen on while this tab is shown. The browser lets go of the lock whenever the tab is
 * hidden, so it is asked for again when the tab comes back, for as long as the box stays ticked.
 */
export function WakeLock() {
	const wanted = useSignal(false);
	const status = useSignal('');
	const supported = useSignal(true);
	const lock = useRef<WakeLockSentinel | null>(null);

	async function acquire() {
		if (lock.current || document.visibilityState !== 'visible') return;
		try {
			const sentinel = await navigator.wakeLock.request('screen');
			lock.current = sentinel;
			sentinel.addEventListener('release', () => {
				if (lock.current === sentinel) lock.current = null;
			});
			status.value = 'The screen stays on while this tab is shown.';
		} catch {
			status.value = 'The browser would not keep the screen on (a power saving mode may forbid it).';
		}
	}

	useEffect(() => {
		supported.value = 'wakeLock' in navigator;
		const onVisible = () => wanted.peek() && void acquire();
		document.addEventListener('visibilitychange', onVisible);
		return () => {
			document.removeEventListener('visibilitychange', onVisible);
			void lock.current?.release();
		};
	}, []);

	if (!supported.value) return <p>This browser cannot keep the screen on.</p>;
	return (
		<p>
			<label>
				<input
					type="checkbox"
					checked={wanted.value}
					onChange={(e) => {
						wanted.value = e.currentTarget.checked;
						if (wanted.value) void acquire();
						else {
							void lock.current?.release();
							lock.current = null;
							status.value = '';
						}
					}}
				/>{' '}
				Keep this screen awake (for a wall screen)
			</label>
			{status.value && <span class="tool-hint"> {status.value}</span>}
		</p>
	);
}
