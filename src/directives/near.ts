import type { ClientDirective } from 'astro';
import { whenNear } from './when-near.ts';

export interface NearOptions {
	/** How far from the screen the island starts hydrating, as an IntersectionObserver margin. */
	rootMargin?: string;
	/** Hydrate at once when this localStorage key holds saved work, which the island must show as it is. */
	savedState?: string;
	/** Hydrate at once when the address carries a query, which prefills the form the island follows. */
	prefilledByQuery?: boolean;
}

function hasSavedState(key: string) {
	try {
		return localStorage.getItem(key) !== null;
	} catch {
		return false;
	}
}

/**
 * `client:near`: hydrate an island when it comes within `rootMargin` of the screen, or at the
 * reader's first focus, tap or key press anywhere on the page, whichever comes first, or at once
 * when saved or prefilled state means its server-rendered markup is out of date. A page that is
 * only loaded never pays for it (no long task at start-up), while anyone who starts using the
 * page by pointer or keyboard, or reads down towards the island, gets it live before reaching it.
 */
const near: ClientDirective = (load, options, el) => {
	const opts: NearOptions = typeof options.value === 'object' && options.value ? options.value : {};
	const start = () => void load().then((hydrate) => hydrate());
	if ((opts.savedState && hasSavedState(opts.savedState)) || (opts.prefilledByQuery && location.search.length > 1)) {
		start();
		return;
	}
	whenNear(el.children, start, opts.rootMargin);
};

export default near;
