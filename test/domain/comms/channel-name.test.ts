import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { CHANNEL_NAME_LIMIT, channelName, slugifyDescription } from '../../../src/domain/comms/channel-name.ts';

const start = Date.UTC(2026, 2, 1, 23, 59);

describe('channelName', () => {
	test('dates the channel from the UTC start and slugs the description', () => {
		expect(channelName(start, 'Checkout errors')).toBe('#inc-20260301-checkout-errors');
	});

	test('turns accents, punctuation and spaces into lowercase ascii words', () => {
		expect(channelName(start, '  Café API: 502s / Zürich!! ')).toBe('#inc-20260301-cafe-api-502s-zurich');
	});

	test('leaves only the date when the description has no ascii letters or digits', () => {
		expect(channelName(start, '🔥 ⚠️')).toBe('#inc-20260301');
		expect(channelName(start, 'خطأ في الدفع')).toBe('#inc-20260301');
	});

	test('cuts a long description at a word boundary within the limit', () => {
		const name = channelName(start, 'payments failing for customers in every region '.repeat(4));
		expect(name.length - 1).toBeLessThanOrEqual(CHANNEL_NAME_LIMIT);
		expect(name).toMatch(/^#inc-20260301-payments-failing-for-customers/);
		expect(name).not.toMatch(/-$/);
	});

	test('always produces a valid, length-limited channel name', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 0, max: 4_102_444_800_000 }), (text, ms) => {
				const name = channelName(ms, text);
				expect(name).toMatch(/^#inc-\d{8}(-[a-z0-9]+)*$/);
				expect(name.length - 1).toBeLessThanOrEqual(CHANNEL_NAME_LIMIT);
			}),
		);
	});
});

describe('slugifyDescription', () => {
	test('collapses runs of separators into one hyphen', () => {
		expect(slugifyDescription('DB -- replica___lag')).toBe('db-replica-lag');
	});
});
