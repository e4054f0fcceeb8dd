import { describe, expect, test } from 'vitest';
import { consoleQuery, readConsoleQuery } from '../../../src/domain/console/address.ts';

describe('consoleQuery', () => {
	test('writes only the parts that are set, encoded', () => {
		expect(consoleQuery({ level: 'SEV2', answers: 'total-outage.no', title: ' ', reason: 'Data & money' })).toBe(
			'?level=SEV2&answers=total-outage.no&reason=Data+%26+money',
		);
		expect(consoleQuery({})).toBe('');
	});
});

describe('readConsoleQuery', () => {
	test('reads back what consoleQuery wrote', () => {
		const address = {
			incident: 'x1',
			level: 'SEV1',
			answers: 'a.b',
			reason: 'why',
			title: 'Checkout down',
			commander: 'Priya',
		};
		expect(readConsoleQuery(consoleQuery(address), ['SEV1'])).toEqual({ ...address, notes: [] });
	});

	test('drops a level the handbook does not define, with a note', () => {
		const read = readConsoleQuery('?level=SEV9&title=x', ['SEV1']);
		expect(read.level).toBeUndefined();
		expect(read.notes[0]).toContain('"SEV9"');
	});
});
