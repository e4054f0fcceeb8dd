import { describe, expect, test } from 'vitest';
import { commsFacts, markExercise } from '../../../src/domain/console/comms-facts.ts';
import { addEntry, setFact } from '../../../src/domain/console/incident.ts';
import { EXERCISE_NOTICE } from '../../../src/domain/console/vocabulary.ts';
import { formatMessage, piecesText } from '../../../src/domain/comms/format.ts';
import { renderMessage } from '../../../src/domain/comms/render.ts';
import { busyLevel, declared, MINUTE, model, T0 } from './fixtures.ts';

describe('commsFacts', () => {
	test('fills the templates from the incident: level, services, times, situation and role holders', () => {
		const incident = setFact(declared(), 'symptoms', 'Card payments fail', T0);
		const facts = commsFacts(incident, T0 + 5 * MINUTE);
		expect(facts).toMatchObject({
			severity: busyLevel.id,
			service: 'checkout, payments',
			channel: '#inc-20260315-checkout-errors',
			startTime: '2026-03-15T13:50',
			updateTime: '2026-03-15T14:05',
			endTime: '',
			symptoms: 'Card payments fail',
			'role.incident-commander': 'Priya',
		});
	});

	test('gives the end time once the incident is resolved', () => {
		const resolved = addEntry(
			declared(),
			{ kind: 'note', text: '', marker: 'resolved', done: false },
			T0 + 40 * MINUTE,
			'P',
		);
		expect(commsFacts(resolved, T0 + 41 * MINUTE).endTime).toBe('2026-03-15T14:40');
	});

	test('leaves nothing a template needs to be typed again', () => {
		const template = {
			id: 'x',
			name: 'x',
			order: 1,
			audience: 'internal' as const,
			channel: 'chat' as const,
			body: 'Next: {{nextUpdate}} {{roles}}',
		};
		const text = piecesText(formatMessage(renderMessage(template, commsFacts(declared(), T0), model), 'plain').body);
		expect(text).toContain(`Next update due at 14:${String(busyLevel.updates.internal).padStart(2, '0')} UTC`);
		expect(text).toContain('IC: Priya');
	});
});

describe('markExercise', () => {
	test('opens a drill message with the notice in its own format, and leaves real ones alone', () => {
		expect(markExercise('Hello', true)).toBe(`${EXERCISE_NOTICE}\n\nHello`);
		expect(markExercise('<p>Hi</p>', true, 'html')).toBe(`<p><strong>${EXERCISE_NOTICE}</strong></p>\n\n<p>Hi</p>`);
		expect(markExercise('Hello', false)).toBe('Hello');
	});
});
