import { describe, expect, test } from 'vitest';
import { joinWords } from '../../../src/domain/text/words.ts';

describe('joinWords', () => {
	test('lists one, two and many names as a sentence would', () => {
		expect(joinWords(['SEV1'])).toBe('SEV1');
		expect(joinWords(['SEV1', 'SEV2'])).toBe('SEV1 and SEV2');
		expect(joinWords(['IC', 'Comms', 'Scribe'])).toBe('IC, Comms and Scribe');
	});

	test('uses the conjunction it is given', () => {
		expect(joinWords(['page', 'ticket'], 'or')).toBe('page or ticket');
	});

	test('says none for an empty list rather than printing nothing', () => {
		expect(joinWords([])).toBe('none');
	});
});
