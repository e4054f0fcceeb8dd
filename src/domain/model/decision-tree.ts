import type { DecisionTree, Question } from '../../schemas/model.ts';

/**
 * The questions in the order a responder meets them: breadth-first from the start question, each once.
 * Printing them in file order could put a follow-up question before the one that leads to it.
 */
export function questionsInOrder(tree: DecisionTree): Question[] {
	const byId = new Map(tree.questions.map((q) => [q.id, q]));
	const seen = new Set<string>();
	const ordered: Question[] = [];
	const queue = [tree.start];
	while (queue.length > 0) {
		const id = queue.shift()!;
		const question = byId.get(id);
		if (!question || seen.has(id)) continue;
		seen.add(id);
		ordered.push(question);
		for (const answer of question.answers) if (answer.next) queue.push(answer.next);
	}
	return ordered;
}
