import type { Loader, LoaderContext } from 'astro/loaders';

/** Astro's glob loader warns when a folder holds no entries or is missing (git keeps no empty folder). */
const NOTHING_FOUND = /^(No files found matching |The base directory ".*" does not exist\.$)/;

/**
 * Lets a collection be empty without a warning. A fork with no runbooks, post-mortems or public incidents
 * yet is a handbook in a normal state (init's sample removal leaves exactly that), and a clean build
 * prints nothing, so any warning that remains stands out. Every other warning passes through.
 */
export function mayBeEmpty(loader: Loader): Loader {
	return {
		...loader,
		load: (context) => loader.load({ ...context, logger: withoutNothingFound(context.logger) }),
	};
}

function withoutNothingFound(logger: LoaderContext['logger']): LoaderContext['logger'] {
	return new Proxy(logger, {
		get(target, property, receiver) {
			if (property === 'warn') return (message: string) => NOTHING_FOUND.test(message) || target.warn(message);
			const value: unknown = Reflect.get(target, property, receiver);
			return typeof value === 'function' ? value.bind(target) : value;
		},
	});
}
