import { describe, expect, test } from 'vitest';
import { questionsInOrder } from '../../../src/domain/model/decision-tree.ts';
import type { DecisionTree } from '../../../src/schemas/model.ts';

const q = (id: string, answers: DecisionTree['questions'][number]['answers']) => ({
	id,
	text: `${id}?`,
	help: 'help',
	answers,
});

describe('questionsInOrder', () => {
	test('starts at the start question even when the file lists it later', () => {
		const tree: DecisionTree = {
			start: 'outage',
			questions: [
				q('minor', [
					{ label: 'Yes', level: 'L3' },
					{ label: 'No', level: 'L4' },
				]),
				q('outage', [
					{ label: 'Yes', level: 'L1' },
					{ label: 'No', next: 'minor' },
				]),
			],
		};
		expect(questionsInOrder(tree).map((x) => x.id)).toEqual(['outage', 'minor']);
	});

	test('lists a question reached from two places once, and skips unreachable ones', () => {
		const tree: DecisionTree = {
			start: 'a',
			questions: [
				q('a', [
					{ label: 'Yes', next: 'b' },
					{ label: 'No', next: 'c' },
				]),
				q('b', [
					{ label: 'Yes', next: 'd' },
					{ label: 'No', level: 'L1' },
				]),
				q('c', [
					{ label: 'Yes', next: 'd' },
					{ label: 'No', level: 'L2' },
				]),
				q('d', [
					{ label: 'Yes', level: 'L3' },
					{ label: 'No', level: 'L4' },
				]),
				q('orphan', [
					{ label: 'Yes', level: 'L3' },
					{ label: 'No', level: 'L4' },
				]),
			],
		};
		expect(questionsInOrder(tree).map((x) => x.id)).toEqual(['a', 'b', 'c', 'd']);
	});
});
