import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Registers `client:near` (see `src/directives/near.ts`) for islands that can wait for the reader. */
export function clientNear(): AstroIntegration {
	return {
		name: 'incident-handbook:client-near',
		hooks: {
			'astro:config:setup': ({ addClientDirective }) => {
				addClientDirective({
					name: 'near',
					entrypoint: fileURLToPath(new URL('../directives/near.ts', import.meta.url)),
				});
			},
		},
	};
}
