import type { Answer, DecisionTree, Level, Question } from '../../schemas/model.ts';
import { describeCoverage } from '../model/describe.ts';
import { joinWords } from '../text/words.ts';
import { formatDuration } from '../time/durations.ts';

/**
 * The severity classifier's logic, shared by the browser island and `npm run classify`.
 * A classification is the list of answer indices chosen so far, starting at the tree's start question;
 * everything else (the current question, the level, the explanation) is derived from that list, so
 * back, restart and shared links only ever manipulate a plain array.
 */
export type Answers = readonly number[];

export interface Step {
	question: Question;
	answerIndex: number;
	answer: Answer;
}

export type Position =
	{ kind: 'question'; question: Question; steps: Step[] } | { kind: 'result'; levelId: string; steps: Step[] };

/** Thrown when answers do not fit the tree, e.g. an index past the last answer or answers after a result. */
export class InvalidAnswersError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'InvalidAnswersError';
	}
}

function questionById(tree: DecisionTree, id: string): Question {
	const question = tree.questions.find((q) => q.id === id);
	if (!question) throw new InvalidAnswersError(`the decision tree has no question "${id}"`);
	return question;
}

/** Follows the answers from the start question and reports where they lead. */
export function locate(tree: DecisionTree, answers: Answers): Position {
	let question = questionById(tree, tree.start);
	const steps: Step[] = [];
	for (const [position, answerIndex] of answers.entries()) {
		const answer = question.answers[answerIndex];
		if (!Number.isInteger(answerIndex) || !answer) {
			throw new InvalidAnswersError(`"${question.text}" has no answer number ${answerIndex + 1}`);
		}
		steps.push({ question, answerIndex, answer });
		if (answer.level !== undefined) {
			if (position < answers.length - 1)
				throw new InvalidAnswersError(`answers continue after the result ${answer.level}`);
			return { kind: 'result', levelId: answer.level, steps };
		}
		question = questionById(tree, answer.next!);
	}
	return { kind: 'question', question, steps };
}

/** Adds an answer to the current question; answering once the level is settled is a mistake in the caller. */
export function answer(tree: DecisionTree, answers: Answers, answerIndex: number): number[] {
	const position = locate(tree, answers);
	if (position.kind === 'result') throw new InvalidAnswersError(`already settled on ${position.levelId}`);
	const next = [...answers, answerIndex];
	locate(tree, next);
	return next;
}

/** Undoes the last answer; at the first question there is nothing to undo. */
export function back(answers: Answers): number[] {
	return answers.slice(0, -1);
}

/** Returns to the question answered at `stepIndex`, forgetting that answer and every later one. */
export function jumpTo(answers: Answers, stepIndex: number): number[] {
	return answers.slice(0, Math.max(0, stepIndex));
}

export interface CompletePath {
	answers: number[];
	levelId: string;
}

/** Every route through the tree from the start to a level, so tests and reviewers can see every outcome. */
export function allPaths(tree: DecisionTree): CompletePath[] {
	const paths: CompletePath[] = [];
	const walk = (answers: number[]) => {
		const position = locate(tree, answers);
		if (position.kind === 'result') {
			paths.push({ answers, levelId: position.levelId });
			return;
		}
		position.question.answers.forEach((_, index) => walk([...answers, index]));
	};
	walk([]);
	return paths;
}

/** "Not sure?" is answer text, not a URL part; links carry a lowercase hyphenated form of each label. */
export function answerSlug(label: string): string {
	return label
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** The query-string value for a set of answers: `question-id.answer` pairs joined by commas. */
export function encodeAnswers(tree: DecisionTree, answers: Answers): string {
	return locate(tree, answers)
		.steps.map((step) => {
			const slug = answerSlug(step.answer.label);
			const unique = slug && step.question.answers.filter((a) => answerSlug(a.label) === slug).length === 1;
			return `${step.question.id}.${unique ? slug : step.answerIndex + 1}`;
		})
		.join(',');
}

export type DecodeResult = { ok: true; answers: number[] } | { ok: false; error: string };

/**
 * Reads answers from a shared link. Links outlive trees: a question renamed or an answer removed since the
 * link was made must give a clear refusal, never a wrong level, so every pair is checked against the path.
 */
export function decodeAnswers(tree: DecisionTree, text: string): DecodeResult {
	const trimmed = text.trim();
	if (trimmed === '') return { ok: true, answers: [] };
	const answers: number[] = [];
	try {
		for (const pair of trimmed.split(',')) {
			const position = locate(tree, answers);
			if (position.kind === 'result') return { ok: false, error: 'the link has more answers than the questions need' };
			const [questionId, given, ...rest] = pair.split('.');
			const question = position.question;
			if (questionId !== question.id || given === undefined || rest.length > 0) {
				return { ok: false, error: `expected an answer to "${question.text}" but found "${pair}"` };
			}
			const index = matchAnswer(question, given);
			if (index === undefined) return { ok: false, error: `"${given}" is not an answer to "${question.text}"` };
			answers.push(index);
		}
	} catch (error) {
		return { ok: false, error: (error as Error).message };
	}
	return { ok: true, answers };
}

/** Finds an answer by its number (1-based, as people count) or its label, ignoring case and punctuation. */
export function matchAnswer(question: Question, input: string): number | undefined {
	const text = input.trim();
	if (/^\d+$/.test(text)) {
		const index = Number(text) - 1;
		return index >= 0 && index < question.answers.length ? index : undefined;
	}
	const slug = answerSlug(text);
	if (slug === '') return undefined;
	const index = question.answers.findIndex((a) => answerSlug(a.label) === slug);
	return index === -1 ? undefined : index;
}

/** The answers that classify one situation, by question id and answer label, as examples and post-mortems record them. */
export type NamedAnswers = Readonly<Record<string, string>>;

export type NamedClassification =
	{ ok: true; levelId: string; steps: Step[] } | { ok: false; problem: string; steps: Step[] };

/**
 * Walks the tree with answers given by question id and label, as a level's example or a post-mortem
 * records them. It says which question went unanswered or which label does not exist, and refuses
 * answers to questions the path never asks, since they would suggest a different path than the one taken.
 */
export function classifyByNames(tree: DecisionTree, answers: NamedAnswers): NamedClassification {
	const steps: Step[] = [];
	const asked = new Set<string>();
	let question = tree.questions.find((q) => q.id === tree.start);
	while (question) {
		asked.add(question.id);
		const given = answers[question.id];
		if (given === undefined)
			return { ok: false, problem: `it does not answer "${question.id}" (${question.text})`, steps };
		const answerIndex = matchAnswer(question, given);
		if (answerIndex === undefined || /^\d+$/.test(given.trim()))
			return {
				ok: false,
				problem: `"${given}" is not an answer to "${question.id}"; the answers are ${joinWords(
					question.answers.map((a) => `"${a.label}"`),
					'or',
				)}`,
				steps,
			};
		const chosen = question.answers[answerIndex]!;
		steps.push({ question, answerIndex, answer: chosen });
		if (chosen.level !== undefined) {
			const extra = Object.keys(answers).filter((id) => !asked.has(id));
			if (extra.length)
				return {
					ok: false,
					problem: `it answers ${joinWords(extra.map((id) => `"${id}"`))}, which this path never asks`,
					steps,
				};
			return { ok: true, levelId: chosen.level, steps };
		}
		const next = chosen.next;
		question = tree.questions.find((q) => q.id === next);
	}
	return { ok: false, problem: 'the decision tree has a dead end', steps };
}

/** The path as people read it: "total-outage: No → security: Yes". */
export function describePath(steps: readonly Step[]): string {
	return steps.map((step) => `${step.question.id}: ${step.answer.label}`).join(' → ');
}

/** The answers that led to a level, as words for a log: "Is the whole service down? No; Are payments failing? Yes". */
export function describeAnswers(steps: readonly Step[]): string {
	return steps.map((step) => `${step.question.text} ${step.answer.label}`).join('; ');
}

export interface PlanItem {
	term: string;
	detail: string;
}

const POSTMORTEM: Record<Level['requires']['postmortem'], string> = {
	full: 'Required: a written post-mortem and a review meeting',
	lightweight: 'A short written review',
	none: 'Not required',
};

const yesNo = (required: boolean, yes: string) => (required ? yes : 'Not needed');

/** The response plan a level asks for, as term and detail pairs that the island and the terminal both print. */
export function responsePlan(level: Level, roleNames: Readonly<Record<string, string>>): PlanItem[] {
	const cadence = (duration: Level['updates']['internal']) => (duration ? `every ${formatDuration(duration)}` : 'none');
	return [
		{ term: 'Acknowledge the page within', detail: formatDuration(level.acknowledgeWithin) },
		{ term: 'Start working on it within', detail: formatDuration(level.respondWithin) },
		{ term: 'Coverage', detail: describeCoverage(level.coverage) },
		{ term: 'Who is alerted', detail: joinWords(level.paged) },
		{ term: 'Roles to staff', detail: joinWords(level.roles.map((id) => roleNames[id] ?? id)) },
		{ term: 'Internal updates', detail: cadence(level.updates.internal) },
		{ term: 'Status page updates', detail: cadence(level.updates.external) },
		{ term: 'War room', detail: yesNo(level.requires.warRoom, 'Open a live video bridge') },
		{ term: 'Status page', detail: yesNo(level.requires.statusPage, 'Post on the public status page') },
		{ term: 'Customer email', detail: yesNo(level.requires.customerEmail, 'Email the affected customers') },
		{ term: 'Executive notice', detail: yesNo(level.requires.executiveNotice, 'Tell the executives directly') },
		{ term: 'Post-mortem', detail: POSTMORTEM[level.requires.postmortem] },
	];
}

/** Said with every result, because under-declaring costs more than a later downgrade. */
export const UNSURE_GUIDANCE =
	'Torn between two levels? Declare the more severe one now. Downgrading later is cheap; a slow start on a serious incident is not.';

/** "SEV2 (Major, also P2)": the id, its label and any other names the level goes by. */
export function levelName(level: Level): string {
	const names = [level.label, ...level.aliases.map((alias, index) => (index === 0 ? `also ${alias}` : alias))];
	return `${level.id} (${names.join(', ')})`;
}

export interface Declaration {
	summary: string;
	commander: string;
	channel: string;
}

/** The one line an incident commander pastes to declare the incident; blank optional parts are left out. */
export function declarationLine(level: Level, { summary, commander, channel }: Declaration): string {
	const what = summary.trim().replace(/\s+/g, ' ');
	const who = commander.trim().replace(/\s+/g, ' ');
	return [`Declaring ${level.id} (${level.label})${what ? `: ${what}` : ''}`, who && `IC: ${who}`, `channel ${channel}`]
		.filter(Boolean)
		.join(' — ');
}

export interface CalibrationExample {
	/** Address of the post-mortem's page in the archive. */
	href: string;
	title: string;
	/** YYYY-MM-DD, the UTC day the incident started. */
	date: string;
}

/**
 * Past post-mortems grouped by level, newest first and at most `limit` per level, so a responder can compare
 * the incident in front of them with ones the team has already classified.
 */
export function calibrationExamples(
	postmortems: readonly { href: string; title: string; severity: string; started: Date }[],
	levelIds: readonly string[],
	limit = 3,
): Record<string, CalibrationExample[]> {
	const byLevel: Record<string, CalibrationExample[]> = Object.fromEntries(levelIds.map((id) => [id, []]));
	const newestFirst = [...postmortems].sort((a, b) => b.started.getTime() - a.started.getTime());
	for (const pm of newestFirst) {
		const list = byLevel[pm.severity];
		if (list && list.length < limit)
			list.push({ href: pm.href, title: pm.title, date: pm.started.toISOString().slice(0, 10) });
	}
	return byLevel;
}
