import { describe, expect, test } from 'vitest';
import { calendarDateSchema } from '../../src/schemas/calendar-date.ts';

describe('calendarDateSchema', () => {
	test('accepts an ISO date as text and as a YAML date', () => {
		expect(calendarDateSchema.parse('2025-03-15')).toEqual(new Date(Date.UTC(2025, 2, 15)));
		expect(calendarDateSchema.parse(new Date(Date.UTC(2025, 2, 15)))).toEqual(new Date(Date.UTC(2025, 2, 15)));
	});

	test.each(['2025-02-30', '15/03/2025', 'next Tuesday', '2025-3-5'])(
		'rejects "%s" and says what is expected',
		(text) => {
			const result = calendarDateSchema.safeParse(text);
			expect(result.success).toBe(false);
			expect(result.error?.issues[0]?.message).toContain('YYYY-MM-DD');
		},
	);
});
