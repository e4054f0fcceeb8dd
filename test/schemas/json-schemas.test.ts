import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { toJsonSchemas } from '../../src/schemas/json-schemas.ts';

describe('toJsonSchemas', () => {
	test('the JSON Schemas in public/schemas match the zod schemas (run "npm run schemas" after a schema change)', () => {
		for (const [file, text] of Object.entries(toJsonSchemas())) {
			expect(readFileSync(`public/schemas/${file}`, 'utf8'), file).toBe(text);
		}
	});

	test('describes durations as the text authors type', () => {
		const levels = JSON.parse(toJsonSchemas()['levels.schema.json']);
		const ack = levels.properties.levels.items.properties.acknowledgeWithin;
		expect(ack.type).toBe('string');
		expect(ack.pattern).toBe('^\\d+(m|h|d|w)$');
	});
});
