import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { exportIncident, readIncident } from '../../../src/domain/console/incident-schema.ts';
import { INCIDENT_FORMAT, storeIncident } from '../../../src/domain/console/incident.ts';
import { incidentArbitrary } from './arbitraries.ts';
import { declared } from './fixtures.ts';

describe('exportIncident', () => {
	test('reads back as exactly the same incident and the same text', () => {
		fc.assert(
			fc.property(incidentArbitrary, (incident) => {
				const text = exportIncident(incident);
				const read = readIncident(text);
				if (!read.ok) throw new Error(read.error);
				expect(read.incident).toEqual(incident);
				expect(exportIncident(read.incident)).toBe(text);
			}),
		);
	});

	test('names its format and version, so a file says what it is', () => {
		expect(JSON.parse(exportIncident(declared()))).toMatchObject({ format: INCIDENT_FORMAT, version: 1 });
	});
});

describe('readIncident', () => {
	test('reads what the browser stores', () => {
		const incident = declared();
		expect(readIncident(storeIncident(incident))).toEqual({ ok: true, incident });
	});

	test.each([
		['{"incident": ', 'not JSON'],
		['{"title": "x"}', 'not an incident saved by the incident console'],
		[`{"format": "${INCIDENT_FORMAT}", "version": 7, "incident": {}}`, 'version of the console'],
	])('explains what is wrong with %s', (text, message) => {
		const read = readIncident(text);
		expect(!read.ok && read.error).toContain(message);
	});

	test('names the field it cannot read', () => {
		const incident = declared();
		const broken = { ...incident, facts: { ...incident.facts, services: { value: ['Checkout API'], edited: 1 } } };
		const read = readIncident(JSON.stringify({ format: INCIDENT_FORMAT, version: 1, incident: broken }));
		expect(!read.ok && read.error).toMatch(/facts\.services\.value\[0\]: expected a service id/);
	});

	test('refuses an entry of a kind it does not know', () => {
		const incident = declared();
		const odd = { ...incident, entries: [{ ...incident.entries[0], kind: 'gossip' }] };
		expect(readIncident(JSON.stringify({ format: INCIDENT_FORMAT, version: 1, incident: odd })).ok).toBe(false);
	});
});
