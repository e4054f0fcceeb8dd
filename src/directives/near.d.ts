import type { NearOptions } from './near.ts';

declare global {
	namespace Astro {
		interface ClientDirectives {
			/** Hydrate near the screen, at the first focus, tap or key press, or at once for saved work: see `near.ts`. */
			'client:near'?: boolean | NearOptions;
		}
	}
}
