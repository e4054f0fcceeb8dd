import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { allPaths, levelName, locate } from '../../src/domain/classify/classify.ts';
import { loadModel } from '../../src/data/load-model.ts';
import type { IncidentModel } from '../../src/schemas/model.ts';
import { formatDuration } from '../../src/domain/time/durations.ts';

function classify(args: string[], input = '') {
	const run = spawnSync(process.execPath, ['scripts/classify.ts', ...args], {
		input,
		encoding: 'utf8',
		timeout: 20_000,
	});
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The labels a person would type for a path of answer indices. */
function labels(model: IncidentModel, answers: number[]): string[] {
	return locate(model.tree, answers).steps.map((step) => step.answer.label);
}

const model = loadModel();
const longest = allPaths(model.tree).sort((a, b) => b.answers.length - a.answers.length)[0]!;
const level = model.levels.find((l) => l.id === longest.levelId)!;

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

// Each run starts a fresh Node process that loads the model, so these take longer than a unit test's default.
describe('npm run classify', { timeout: 60_000 }, () => {
	test('reads piped answers line by line and prints the level with its response plan', () => {
		const run = classify([], labels(model, longest.answers).join('\n') + '\n');
		expect(run.status).toBe(0);
		expect(run.stdout).toContain(`Declare ${levelName(level)}`);
		expect(run.stdout).toContain(formatDuration(level.respondWithin));
		expect(run.stdout).toMatch(/more severe one/);
		expect(run.stdout).toContain(`/tools/comms/?severity=${level.id}`);
		for (const step of locate(model.tree, longest.answers).steps) expect(run.stdout).toContain(step.question.help);
	});

	test('asks again after an answer it does not know, and goes back on request', () => {
		const [first] = labels(model, longest.answers);
		const rest = labels(model, longest.answers).slice(1);
		const run = classify([], ['perhaps', first, 'back', first, ...rest].join('\n') + '\n');
		expect(run.status).toBe(0);
		expect(run.stdout).toContain('"perhaps" is not one of the answers');
		const firstQuestion = locate(model.tree, []) as { question: { text: string } };
		expect(run.stdout.split(`Question 1: ${firstQuestion.question.text}`)).toHaveLength(4);
		expect(run.stdout).toContain(`Declare ${levelName(level)}`);
	});

	test('stops cleanly with a message when the input ends before a level', () => {
		const run = classify([], `${labels(model, longest.answers)[0]}\n`);
		expect(run.status).toBe(1);
		expect(run.stdout).toContain('Stopped before reaching a level');
		expect(run.stderr).toBe('');
	});

	test('takes every answer at once by number with --answers', () => {
		const run = classify(['--answers', longest.answers.map((i) => i + 1).join(',')]);
		expect(run.status).toBe(0);
		expect(run.stdout).toContain(`Declare ${levelName(level)}`);
		expect(run.stdout).not.toContain('Question 1:');
	});

	test('names the question when --answers holds a wrong or missing answer', () => {
		const firstQuestion = locate(model.tree, []) as { question: { text: string } };
		const wrong = classify(['--answers', 'perhaps']);
		expect(wrong.status).toBe(1);
		expect(wrong.stderr).toContain(`"perhaps" does not answer "${firstQuestion.question.text}"`);
		const short = classify(['--answers', labels(model, longest.answers).slice(0, -1).join(',')]);
		expect(short.status).toBe(1);
		expect(short.stderr).toMatch(/^Not enough answers/);
	});

	test('follows the SEV0-SEV3 preset when the model says so, on every path', () => {
		const dir = mkdtempSync(join(tmpdir(), 'classify-cli-'));
		copies.push(dir);
		cpSync('content/model', dir, { recursive: true });
		const file = join(dir, 'model.yaml');
		writeFileSync(file, readFileSync(file, 'utf8').replace(/^preset: .*$/m, 'preset: sev0-sev3'));
		const other = loadModel(dir);
		for (const path of allPaths(other.tree)) {
			const run = classify(['--model', dir, '--answers', labels(other, path.answers).join(',')]);
			const reached = other.levels.find((l) => l.id === path.levelId)!;
			expect(run.stdout).toContain(`Declare ${levelName(reached)}`);
		}
	});
});
