/**
 * Runs `work` once `ms` have passed and the browser has since painted a frame; returns a function that
 * cancels it. A timer alone can come due while a long change is still being drawn, and the browser may run
 * it before painting, so the reader would wait for saving and checking before seeing the change. Hidden
 * tabs paint no frames: whatever must happen there (saving) needs its own trigger.
 */
export function afterPauseAndPaint(work: () => void, ms: number): () => void {
	let frame = 0;
	let timer = setTimeout(() => {
		frame = requestAnimationFrame(() => {
			timer = setTimeout(work, 0);
		});
	}, ms);
	return () => {
		clearTimeout(timer);
		cancelAnimationFrame(frame);
	};
}
