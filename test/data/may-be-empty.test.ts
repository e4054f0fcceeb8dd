import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, test, vi } from 'vitest';
import { mayBeEmpty } from '../../src/data/may-be-empty.ts';

/** A loader that warns as Astro's glob loader does over an empty folder, then about something else. */
const warningLoader: Loader = {
	name: 'warning-loader',
	load: async ({ logger }) => {
		logger.warn('No files found matching "**/*.mdx" in directory "content/runbooks"');
		logger.warn('The base directory "/site/content/runbooks/" does not exist.');
		logger.warn('No entry type found for odd.txt');
		logger.info(`loaded by ${logger.label}`);
	},
};

function fakeContext() {
	const logger = {
		label: 'runbooks',
		warn: vi.fn(),
		info: vi.fn(function (this: { label: string }, message: string) {
			return `${this.label}: ${message}`;
		}),
	};
	return { logger, context: { logger } as unknown as LoaderContext };
}

describe('mayBeEmpty', () => {
	test('drops only the warnings about an empty or missing folder, and passes every other message on', async () => {
		const { logger, context } = fakeContext();
		await mayBeEmpty(warningLoader).load(context);
		expect(logger.warn.mock.calls).toEqual([['No entry type found for odd.txt']]);
		expect(logger.info).toHaveBeenCalledWith('loaded by runbooks');
		expect(logger.info.mock.results[0]!.value).toBe('runbooks: loaded by runbooks');
	});

	test('keeps the loader’s name', () => {
		expect(mayBeEmpty(warningLoader).name).toBe('warning-loader');
	});
});
