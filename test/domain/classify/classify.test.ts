import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
	allPaths,
	answer,
	answerSlug,
	back,
	calibrationExamples,
	classifyByNames,
	describePath,
	declarationLine,
	decodeAnswers,
	describeAnswers,
	encodeAnswers,
	InvalidAnswersError,
	jumpTo,
	levelName,
	locate,
	matchAnswer,
	responsePlan,
} from '../../../src/domain/classify/classify.ts';
import { loadModel } from '../../../src/data/load-model.ts';
import type { DecisionTree, IncidentModel } from '../../../src/schemas/model.ts';
import { formatDuration } from '../../../src/domain/time/durations.ts';

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The shipped model with model.yaml pointed at another preset, as a user switching scales would do. */
function modelWithPreset(preset: string): IncidentModel {
	const dir = mkdtempSync(join(tmpdir(), 'classify-model-'));
	copies.push(dir);
	cpSync('content/model', dir, { recursive: true });
	const file = join(dir, 'model.yaml');
	writeFileSync(file, readFileSync(file, 'utf8').replace(/^preset: .*$/m, `preset: ${preset}`));
	return loadModel(dir);
}

const presets = { 'sev1-sev4': modelWithPreset('sev1-sev4'), 'sev0-sev3': modelWithPreset('sev0-sev3') };

const q = (id: string, answers: DecisionTree['questions'][number]['answers']) => ({
	id,
	text: `${id}?`,
	help: 'help',
	answers,
});
const tiny: DecisionTree = {
	start: 'down',
	questions: [
		q('down', [
			{ label: 'Yes', level: 'A' },
			{ label: 'No', next: 'slow' },
		]),
		q('slow', [
			{ label: 'Yes, badly', level: 'B' },
			{ label: 'Not sure?', level: 'B' },
			{ label: 'No', level: 'C' },
		]),
	],
};

describe.each(Object.entries(presets))('every path of the %s preset', (preset, model) => {
	const paths = allPaths(model.tree);
	const levelIds = model.levels.map((l) => l.id);

	test('ends at a level the model defines, the one the last answer names', () => {
		expect(paths.length).toBeGreaterThan(1);
		for (const path of paths) {
			expect(levelIds).toContain(path.levelId);
			const position = locate(model.tree, path.answers);
			expect(position.kind).toBe('result');
			expect(position.steps.at(-1)!.answer.level).toBe(path.levelId);
		}
	});

	test('covers every answer that settles a level, so no outcome of the tree goes untested', () => {
		const settling = model.tree.questions.flatMap((question) =>
			question.answers.flatMap((a, index) => (a.level ? [`${question.id}#${index}`] : [])),
		);
		const reached = new Set(
			paths.map((path) => {
				const last = locate(model.tree, path.answers).steps.at(-1)!;
				return `${last.question.id}#${last.answerIndex}`;
			}),
		);
		expect([...reached].sort()).toEqual([...settling].sort());
	});

	test('can be answered one question at a time, and back returns to the question before', () => {
		for (const path of paths) {
			let answers: number[] = [];
			for (const choice of path.answers) {
				const before = locate(model.tree, answers);
				expect(before.kind).toBe('question');
				answers = answer(model.tree, answers, choice);
				const undone = locate(model.tree, back(answers));
				expect(undone.kind === 'question' && undone.question.id).toBe(before.kind === 'question' && before.question.id);
			}
			expect(locate(model.tree, answers)).toMatchObject({ kind: 'result', levelId: path.levelId });
		}
	});

	test('round-trips through a shared link, complete or half answered', () => {
		for (const path of paths) {
			for (let length = 0; length <= path.answers.length; length++) {
				const answers = path.answers.slice(0, length);
				const encoded = encodeAnswers(model.tree, answers);
				expect(decodeAnswers(model.tree, encoded)).toEqual({ ok: true, answers });
			}
		}
	});

	test(`starts at the preset's own first question (${preset})`, () => {
		const first = locate(model.tree, []);
		expect(first.kind === 'question' && first.question.id).toBe(model.tree.start);
	});
});

describe('answer', () => {
	test('refuses an answer the question does not have', () => {
		expect(() => answer(tiny, [], 2)).toThrow(InvalidAnswersError);
		expect(() => answer(tiny, [], -1)).toThrow(/has no answer number 0/);
	});

	test('refuses a further answer once the level is settled', () => {
		expect(() => answer(tiny, [0], 0)).toThrow(/already settled on A/);
	});
});

describe('back and jumpTo', () => {
	test('back at the first question stays there', () => {
		expect(back([])).toEqual([]);
	});

	test('jumping to an earlier step forgets that answer and every later one', () => {
		expect(jumpTo([1, 2], 1)).toEqual([1]);
		expect(jumpTo([1, 2], 0)).toEqual([]);
		const position = locate(tiny, jumpTo([1, 2], 1));
		expect(position.kind === 'question' && position.question.id).toBe('slow');
	});
});

describe('shared links', () => {
	test('are readable: question ids with the answer label in lowercase', () => {
		expect(encodeAnswers(tiny, [1, 0])).toBe('down.no,slow.yes-badly');
		expect(encodeAnswers(tiny, [1, 1])).toBe('down.no,slow.not-sure');
	});

	test('accept answer numbers as well as labels', () => {
		expect(decodeAnswers(tiny, 'down.2,slow.3')).toEqual({ ok: true, answers: [1, 2] });
	});

	test.each([
		['a question out of order', 'slow.no'],
		['an unknown answer', 'down.maybe'],
		['an answer number past the end', 'down.no,slow.4'],
		['answers after the result', 'down.yes,slow.no'],
		['a missing answer', 'down'],
		['an extra dot', 'down.no.yes'],
		['plain garbage', '%%<script>'],
	])('reject %s with a message', (_, text) => {
		const result = decodeAnswers(tiny, text);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.error.length).toBeGreaterThan(10);
	});

	test('never throw, and anything they accept is a real path through the tree', () => {
		const { tree } = presets['sev1-sev4'];
		const piece = fc.oneof(
			fc.constantFrom(...tree.questions.map((x) => x.id), 'yes', 'no', '1', '2', '.', ','),
			fc.string(),
		);
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
				const result = decodeAnswers(tree, pieces.join(''));
				if (result.ok) expect(() => locate(tree, result.answers)).not.toThrow();
			}),
		);
	});
});

describe('classifyByNames', () => {
	test('follows answers given by question id and label, whatever their case', () => {
		const result = classifyByNames(tiny, { down: 'no', slow: 'YES, badly' });
		expect(result).toMatchObject({ ok: true, levelId: 'B' });
		expect(describePath(result.steps)).toBe('down: No → slow: Yes, badly');
	});

	test('names the question a path leaves unanswered', () => {
		expect(classifyByNames(tiny, { down: 'No' })).toMatchObject({
			ok: false,
			problem: 'it does not answer "slow" (slow?)',
		});
	});

	test('lists the answers a question has when the label is not one of them', () => {
		expect(classifyByNames(tiny, { down: 'Maybe' })).toMatchObject({
			ok: false,
			problem: '"Maybe" is not an answer to "down"; the answers are "Yes" or "No"',
		});
	});

	test('refuses answers to questions the path never asks, and answers by number', () => {
		expect(classifyByNames(tiny, { down: 'Yes', slow: 'No' })).toMatchObject({
			ok: false,
			problem: 'it answers "slow", which this path never asks',
		});
		expect(classifyByNames(tiny, { down: '1' })).toMatchObject({ ok: false });
	});

	test.each(Object.entries(presets))('puts every example of the %s preset at its own level', (_, model) => {
		for (const level of model.levels)
			for (const example of level.examples)
				expect(classifyByNames(model.tree, example.answers), example.situation).toMatchObject({
					ok: true,
					levelId: level.id,
				});
	});
});

describe('matchAnswer', () => {
	const slow = tiny.questions[1]!;
	test('takes the number people count from one', () => {
		expect(matchAnswer(slow, '1')).toBe(0);
		expect(matchAnswer(slow, ' 3 ')).toBe(2);
		expect(matchAnswer(slow, '0')).toBeUndefined();
		expect(matchAnswer(slow, '4')).toBeUndefined();
	});

	test('takes the label in any case and without punctuation', () => {
		expect(matchAnswer(slow, 'NO')).toBe(2);
		expect(matchAnswer(slow, 'not sure')).toBe(1);
		expect(matchAnswer(slow, 'perhaps')).toBeUndefined();
		expect(matchAnswer(slow, '  ')).toBeUndefined();
	});
});

test('answerSlug drops accents and punctuation', () => {
	expect(answerSlug('Oui, très!')).toBe('oui-tres');
});

describe('responsePlan', () => {
	const model = presets['sev1-sev4'];
	const roleNames = Object.fromEntries(model.roles.map((r) => [r.id, r.name]));
	const plan = (level: IncidentModel['levels'][number]) =>
		Object.fromEntries(responsePlan(level, roleNames).map((item) => [item.term, item.detail]));

	test.each(model.levels.map((level) => [level.id, level] as const))('spells out %s from the model', (_, level) => {
		const shown = plan(level);
		expect(shown['Acknowledge the page within']).toBe(formatDuration(level.acknowledgeWithin));
		expect(shown['Start working on it within']).toBe(formatDuration(level.respondWithin));
		for (const role of level.roles) expect(shown['Roles to staff']).toContain(roleNames[role]);
		for (const who of level.paged) expect(shown['Who is alerted']).toContain(who);
		expect(shown['Internal updates']).toBe(
			level.updates.internal ? `every ${formatDuration(level.updates.internal)}` : 'none',
		);
		expect(shown['War room']).toBe(level.requires.warRoom ? 'Open a live video bridge' : 'Not needed');
	});

	test('tells a level without status-page updates from one with them', () => {
		const quiet = model.levels.find((l) => !l.updates.external)!;
		const loud = model.levels.find((l) => l.updates.external)!;
		expect(plan(quiet)['Status page updates']).toBe('none');
		expect(plan(loud)['Status page updates']).toMatch(/^every \d+ (minutes|hour)/);
	});
});

describe('declarationLine', () => {
	const level = presets['sev0-sev3'].levels[1]!;

	test('names the level, the summary, the commander and the channel', () => {
		expect(
			declarationLine(level, { summary: '  Checkout   errors ', commander: 'Ana', channel: '#inc-20261124-checkout' }),
		).toBe(`Declaring ${level.id} (${level.label}): Checkout errors — IC: Ana — channel #inc-20261124-checkout`);
	});

	test('leaves out what has not been typed yet', () => {
		expect(declarationLine(level, { summary: '', commander: ' ', channel: '#inc-20261124' })).toBe(
			`Declaring ${level.id} (${level.label}) — channel #inc-20261124`,
		);
	});
});

describe('describeAnswers', () => {
	test('puts each question beside the answer given, in order', () => {
		const tree = presets['sev1-sev4'].tree;
		const path = allPaths(tree).sort((a, b) => b.answers.length - a.answers.length)[0]!;
		const { steps } = locate(tree, path.answers);
		expect(describeAnswers(steps)).toBe(steps.map((s) => `${s.question.text} ${s.answer.label}`).join('; '));
		expect(describeAnswers(steps).split('; ')).toHaveLength(path.answers.length);
	});
});

test('levelName adds the aliases after the label', () => {
	const level = presets['sev0-sev3'].levels[0]!;
	expect(levelName(level)).toBe(`${level.id} (${level.label}, also ${level.aliases.join(', ')})`);
	expect(levelName({ ...level, aliases: [] })).toBe(`${level.id} (${level.label})`);
});

describe('calibrationExamples', () => {
	const pm = (id: string, severity: string, day: string) => ({
		href: `/archive/${id}/`,
		title: `Title ${id}`,
		severity,
		started: new Date(`${day}T10:00:00Z`),
	});

	test('keeps the newest few per level and an empty list for levels without any', () => {
		const examples = calibrationExamples(
			[pm('a', 'A', '2025-01-01'), pm('b', 'A', '2025-03-01'), pm('c', 'A', '2025-02-01'), pm('d', 'B', '2024-05-05')],
			['A', 'B', 'C'],
			2,
		);
		expect(examples['A']!.map((e) => e.href)).toEqual(['/archive/b/', '/archive/c/']);
		expect(examples['B']).toEqual([{ href: '/archive/d/', title: 'Title d', date: '2024-05-05' }]);
		expect(examples['C']).toEqual([]);
	});

	test('ignores post-mortems at a level the model no longer has', () => {
		expect(calibrationExamples([pm('x', 'GONE', '2025-01-01')], ['A'])).toEqual({ A: [] });
	});
});
