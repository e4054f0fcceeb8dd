const FIRST_TOUCH = ['focusin', 'pointerdown', 'keydown'] as const;

/**
 * Runs `start` once: when any of `targets` comes within `rootMargin` of the screen, or at the reader's
 * first focus, tap or key press anywhere on the page, whichever comes first (at once if something already
 * has focus). Both the `client:near` directive and islands that load part of themselves late use it, so
 * "near" means one thing. Returns a function that cancels the wait.
 */
export function whenNear(targets: Iterable<Element>, start: () => void, rootMargin?: string): () => void {
	// An island starts waiting from an effect, a frame after hydrating; a reader already in a field by then
	// has touched the page, and no focus event is coming.
	if (document.activeElement && document.activeElement !== document.body) {
		start();
		return () => {};
	}
	let done = false;
	const observer =
		typeof IntersectionObserver === 'function'
			? new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && fire(), { rootMargin })
			: undefined;
	function cancel() {
		done = true;
		observer?.disconnect();
		for (const type of FIRST_TOUCH) document.removeEventListener(type, fire, true);
	}
	function fire() {
		if (done) return;
		cancel();
		start();
	}
	for (const target of targets) observer?.observe(target);
	for (const type of FIRST_TOUCH) document.addEventListener(type, fire, true);
	return cancel;
}
