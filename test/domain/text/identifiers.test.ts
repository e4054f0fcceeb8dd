import { describe, expect, test } from 'vitest';
import { isServiceId } from '../../../src/domain/text/identifiers.ts';

describe('isServiceId', () => {
	test.each(['checkout', 'api-gateway', 'orders.db', 'search_v2', 'zahlungen-2', '決済'])('accepts %s', (id) =>
		expect(isServiceId(id)).toBe(true),
	);

	test.each(['Checkout', 'api gateway', '-api', 'api-', 'a--b', '<img src=x>', 'a&b', '', 'x'.repeat(65)])(
		'refuses %j',
		(id) => expect(isServiceId(id)).toBe(false),
	);
});
