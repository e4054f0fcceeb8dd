import { createInterface } from 'node:readline/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadModel, ModelError } from '../src/data/load-model.ts';
import {
	encodeAnswers,
	levelName,
	locate,
	matchAnswer,
	responsePlan,
	UNSURE_GUIDANCE,
	type Answers,
} from '../src/domain/classify/classify.ts';
import type { IncidentModel, Question } from '../src/schemas/model.ts';

const USAGE = `Classify an incident's severity with the handbook's decision tree.

  npm run classify                          ask the questions one at a time
  npm run classify -- --answers no,yes      answer them all at once, by number or label
  printf 'no\\nyes\\n' | npm run classify     read one answer per line from a pipe

Options:
  --answers <list>  comma-separated answers, in the order the questions come
  --model <dir>     read the incident model from another folder (default: content/model)
  --help            show this text

While answering, type "back" to return to the previous question. Ctrl+D stops.`;

/** Exits with a message rather than a stack trace: this runs in the middle of an incident. */
function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

function choices(question: Question): string {
	return question.answers.map((a, index) => `${index + 1}) ${a.label}`).join('   ');
}

function printQuestion(question: Question, number: number) {
	console.log(`\nQuestion ${number}: ${question.text}`);
	console.log(`  ${question.help}`);
	console.log(`  ${choices(question)}`);
}

function printResult(model: IncidentModel, answers: Answers) {
	const position = locate(model.tree, answers);
	if (position.kind !== 'result') throw new Error('printResult needs a settled level');
	const level = model.levels.find((l) => l.id === position.levelId)!;
	const roleNames = Object.fromEntries(model.roles.map((r) => [r.id, r.name]));
	const width = Math.max(...responsePlan(level, roleNames).map((item) => item.term.length));
	const lines = [
		'',
		`Declare ${levelName(level)}`,
		`  ${level.impact}`,
		'',
		'Why:',
		...position.steps.map((step) => `  ${step.question.text} → ${step.answer.label}`),
		'',
		'Response plan:',
		...responsePlan(level, roleNames).map((item) => `  ${item.term.padEnd(width)}  ${item.detail}`),
		'',
		UNSURE_GUIDANCE,
		'',
		`Reopen in the handbook: /tools/classify/?answers=${encodeAnswers(model.tree, answers)}`,
		`Write the status updates: /tools/comms/?severity=${encodeURIComponent(level.id)}`,
	];
	console.log(lines.join('\n'));
}

function classifyAll(model: IncidentModel, given: string[]): number[] {
	const answers: number[] = [];
	for (const text of given) {
		const position = locate(model.tree, answers);
		if (position.kind === 'result')
			fail(`Too many answers: "${text}" comes after the level is already ${position.levelId}.`);
		const index = matchAnswer(position.question, text);
		if (index === undefined) {
			fail(`"${text}" does not answer "${position.question.text}"; expected ${choices(position.question)}`);
		}
		answers.push(index);
	}
	const position = locate(model.tree, answers);
	if (position.kind === 'question') {
		fail(`Not enough answers: "${position.question.text}" still needs one of ${choices(position.question)}`);
	}
	return answers;
}

async function classifyInteractively(model: IncidentModel): Promise<number[] | undefined> {
	const interactive = Boolean(process.stdin.isTTY);
	const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: interactive });
	rl.on('SIGINT', () => rl.close());
	// Reading through the line iterator rather than rl.question() keeps lines that a pipe delivers early.
	const lines = rl[Symbol.asyncIterator]();
	let answers: number[] = [];
	try {
		for (;;) {
			const position = locate(model.tree, answers);
			if (position.kind === 'result') return answers;
			printQuestion(position.question, answers.length + 1);
			process.stdout.write('> ');
			const line = await lines.next();
			if (line.done) return undefined;
			const text = line.value.trim();
			// Piped answers are not echoed by a terminal; printing them keeps the transcript readable.
			if (!interactive) console.log(text);
			const index = matchAnswer(position.question, text);
			if (index !== undefined) {
				answers = [...answers, index];
			} else if (/^(b|back)$/i.test(text)) {
				answers = answers.slice(0, -1);
			} else {
				console.log(
					`"${text}" is not one of the answers. Type a number or a label${answers.length ? ', or back' : ''}.`,
				);
			}
		}
	} finally {
		rl.close();
	}
}

const { values } = (() => {
	try {
		return parseArgs({
			options: { answers: { type: 'string' }, model: { type: 'string' }, help: { type: 'boolean' } },
		});
	} catch (error) {
		return fail(`${(error as Error).message}\n\n${USAGE}`);
	}
})();

if (values.help) {
	console.log(USAGE);
	process.exit(0);
}

let model: IncidentModel;
try {
	model = loadModel(values.model ? resolve(values.model) : undefined);
} catch (error) {
	if (error instanceof ModelError) fail(error.message);
	throw error;
}

if (values.answers !== undefined) {
	printResult(model, classifyAll(model, values.answers.split(',')));
} else {
	const answers = await classifyInteractively(model);
	if (answers) {
		printResult(model, answers);
	} else {
		console.log('\nStopped before reaching a level; nothing was classified.');
		// A pipe that runs out early is a broken script; a person pressing Ctrl+D simply chose to stop.
		process.exitCode = process.stdin.isTTY ? 0 : 1;
	}
}
