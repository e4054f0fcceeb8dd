import { describe, expect, test } from 'vitest';
import { findBlameHints } from '../../../src/domain/postmortem/blameless.ts';

const phrases = (text: string, names: string[] = [], services: string[] = []) =>
	findBlameHints(text, names, services).map((h) => h.phrase);

describe('findBlameHints', () => {
	test.each([
		['The outage was caused by human error.', 'human error'],
		['The engineer should have checked the diff.', 'should have'],
		['A careless edit removed the provider.', 'careless'],
		['Someone forgot to drain the queue.', 'forgot'],
		['The on-call failed to escalate.', 'failed to'],
		['It was the fault of the release manager.', 'fault'],
	])('flags "%s"', (text, phrase) => {
		expect(phrases(text)).toContain(phrase);
	});

	test('flags a person from the draft named as the cause', () => {
		expect(phrases('Priya deployed the broken config.', ['Priya Raman'])).toEqual(['Priya deployed']);
		expect(phrases('The outage happened because of Tomás.', ['Tomás Ortega'])).toEqual(['because of Tomás']);
		expect(phrases("It was Priya's mistake.", ['Priya Raman'])).toEqual(["Priya's mistake"]);
	});

	test('flags any capitalised name used with wording only people get', () => {
		expect(phrases('Dave made a mistake in the script.')).toEqual(['Dave made a mistake']);
	});

	test('offers a systems framing with every hint', () => {
		const [hint] = findBlameHints('This was human error.');
		expect(hint?.suggestion).toMatch(/condition/);
	});

	test('leaves systems-focused wording alone', () => {
		expect(
			phrases(
				'The deploy pipeline accepted an empty allow-list because no validation ran.',
				['Priya Raman'],
				['checkout'],
			),
		).toEqual([]);
		expect(phrases('Kafka dropped messages when the broker restarted.', [], ['Kafka'])).toEqual([]);
	});
});
