import { describe, expect, test } from 'vitest';
import { truncate } from '../../../src/domain/text/truncate.ts';

describe('truncate', () => {
	test('leaves text that fits alone', () => {
		expect(truncate('Checkout failed', 20)).toBe('Checkout failed');
	});

	test('cuts long text and says so with an ellipsis, within the limit', () => {
		expect(truncate('abcdefghij', 5)).toBe('abcd…');
	});

	test('never splits an emoji, a flag or an accented letter', () => {
		const text = '👩🏽‍💻🇪🇺é'.repeat(5);
		const cut = truncate(text, 4);
		expect(cut).toBe('👩🏽‍💻🇪🇺é…');
		expect(cut.isWellFormed()).toBe(true);
	});
});
