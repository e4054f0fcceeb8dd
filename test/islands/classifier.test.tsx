// @vitest-environment happy-dom
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import ClassifierTool from '../../src/islands/classify/ClassifierTool.tsx';
import { allPaths, encodeAnswers, locate } from '../../src/domain/classify/classify.ts';
import { loadModel } from '../../src/data/load-model.ts';
import type { Question } from '../../src/schemas/model.ts';
import { formatDuration } from '../../src/domain/time/durations.ts';

const model = loadModel();
const roleNames = Object.fromEntries(model.roles.map((r) => [r.id, r.name]));
const first = locate(model.tree, []) as { question: Question };
// The longest path asks the most questions, so back and jump have somewhere to go.
const longest = allPaths(model.tree).sort((a, b) => b.answers.length - a.answers.length)[0]!;
const level = model.levels.find((l) => l.id === longest.levelId)!;
const example = { href: '/archive/checkout-outage/', title: 'Checkout returned errors', date: '2025-03-15' };

function renderTool() {
	return render(
		<ClassifierTool
			tree={model.tree}
			levels={model.levels}
			roleNames={roleNames}
			examples={{ [level.id]: [example] }}
		/>,
	);
}

const questionHeading = () => screen.getByRole('group').querySelector('h2')!;

function choose(answers: number[]) {
	for (const index of answers) {
		const group = screen.getByRole('group');
		fireEvent.click(within(group).getAllByRole('button')[index]!);
	}
}

beforeEach(() => history.replaceState(null, '', '/tools/classify/'));
afterEach(cleanup);

describe('ClassifierTool', () => {
	test('asks the first question of the model with its help, as a labelled group', async () => {
		renderTool();
		const group = await screen.findByRole('group', { name: new RegExp(first.question.text.replace('?', '\\?')) });
		expect(group.textContent).toContain(first.question.help);
		await waitFor(() => expect(group.hasAttribute('disabled')).toBe(false));
		expect(
			within(group)
				.getAllByRole('button')
				.map((b) => b.textContent),
		).toEqual(first.question.answers.map((a) => a.label));
	});

	test('moves focus to each new question and keeps the answers so far visible', async () => {
		renderTool();
		choose([longest.answers[0]!]);
		const second = locate(model.tree, longest.answers.slice(0, 1)) as { question: Question };
		await waitFor(() => expect(document.activeElement?.textContent).toContain(second.question.text));
		const sofar = screen.getByRole('region', { name: 'Your answers so far' });
		expect(sofar.textContent).toContain(first.question.text);
		expect(sofar.textContent).toContain(first.question.answers[longest.answers[0]!]!.label);
	});

	test('ends on the level with its response plan from the model, announced and focused', async () => {
		renderTool();
		choose(longest.answers);
		const result = await screen.findByRole('region', { name: new RegExp(`${level.id} ${level.label}`) });
		await waitFor(() => expect(document.activeElement?.id).toBe('classifier-result-heading'));
		expect(result.textContent).toContain(formatDuration(level.respondWithin));
		expect(result.textContent).toContain(formatDuration(level.acknowledgeWithin));
		for (const role of level.roles) expect(result.textContent).toContain(roleNames[role]);
		expect(result.textContent).toMatch(/more severe one/);
		expect(document.querySelector('[aria-live="polite"]')!.textContent).toContain(`Result: ${level.id}`);
		expect(within(result).getByRole('link', { name: example.title }).getAttribute('href')).toBe(example.href);
		expect(
			within(result)
				.getByRole('link', { name: /communications generator/ })
				.getAttribute('href'),
		).toBe(`/tools/comms/?severity=${level.id}`);
		expect(location.search).toBe(`?answers=${encodeAnswers(model.tree, longest.answers)}`);
	});

	test('offers to start the incident in the console, carrying the level, the answers and what was typed', async () => {
		renderTool();
		choose(longest.answers);
		fireEvent.input(await screen.findByLabelText('Short description of the incident'), {
			target: { value: 'Checkout errors' },
		});
		const link = await screen.findByRole('link', {
			name: new RegExp(`Start the incident here: declare it at ${level.id}`),
		});
		const params = new URL(link.getAttribute('href')!, 'https://x').searchParams;
		expect(link.getAttribute('href')).toMatch(/^\/tools\/console\/\?/);
		expect(Object.fromEntries(params)).toMatchObject({
			level: level.id,
			answers: encodeAnswers(model.tree, longest.answers),
			title: 'Checkout errors',
		});
		expect(params.get('reason')).toContain(first.question.text);
	});

	test('keeps the incident being classified again through every answer, and offers to take the level back to it', async () => {
		history.replaceState(null, '', '/tools/classify/?incident=inc-42');
		renderTool();
		choose(longest.answers);
		const link = await screen.findByRole('link', {
			name: `Take ${level.id} back to the incident in the incident console`,
		});
		expect(new URL(link.getAttribute('href')!, 'https://x').searchParams.get('incident')).toBe('inc-42');
		expect(location.search).toBe(`?answers=${encodeAnswers(model.tree, longest.answers)}&incident=inc-42`);
	});

	test('says so when the archive has nothing at the level', async () => {
		const other = allPaths(model.tree).find((p) => p.levelId !== level.id)!;
		renderTool();
		choose(other.answers);
		expect((await screen.findByRole('region', { name: new RegExp(other.levelId) })).textContent).toContain(
			`no post-mortem at ${other.levelId}`,
		);
	});

	test('back, change and start again return to the right question', async () => {
		renderTool();
		choose(longest.answers);
		await screen.findByRole('region', { name: new RegExp(level.id) });
		fireEvent.click(screen.getByRole('button', { name: 'Back' }));
		const last = locate(model.tree, longest.answers.slice(0, -1)) as { question: Question };
		await waitFor(() => expect(questionHeading().textContent).toContain(last.question.text));

		fireEvent.click(screen.getByRole('button', { name: 'Change the answer to question 1' }));
		await waitFor(() => expect(questionHeading().textContent).toContain(first.question.text));
		expect(screen.queryByRole('region', { name: 'Your answers so far' })).toBeNull();

		choose(longest.answers.slice(0, 2));
		fireEvent.click(screen.getByRole('button', { name: 'Start again' }));
		await waitFor(() => expect(questionHeading().textContent).toContain(first.question.text));
		expect(location.search).toBe('');
	});

	test('reopens the result from a shared link', async () => {
		history.replaceState(null, '', `/tools/classify/?answers=${encodeAnswers(model.tree, longest.answers)}`);
		renderTool();
		expect(await screen.findByRole('heading', { name: new RegExp(`${level.id} ${level.label}`) })).toBeTruthy();
	});

	test('explains a stale link and starts from the first question', async () => {
		history.replaceState(null, '', '/tools/classify/?answers=no-such-question.yes');
		renderTool();
		expect(await screen.findByText(/no longer fit the decision tree/)).toBeTruthy();
		expect(questionHeading().textContent).toContain(first.question.text);
		expect(location.search).toBe('');
	});

	test('builds the declaration line from what is typed and copies it with a visible confirmation', async () => {
		const writeText = vi.fn().mockResolvedValue(undefined);
		Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
		renderTool();
		choose(longest.answers);
		fireEvent.input(await screen.findByLabelText('Short description of the incident'), {
			target: { value: 'Checkout errors' },
		});
		fireEvent.input(screen.getByLabelText('Incident commander (optional)'), { target: { value: 'Ana' } });
		const line = screen.getByRole('status', { name: 'Declaration to paste in chat' });
		await waitFor(() =>
			expect(line.textContent).toMatch(
				new RegExp(
					`^Declaring ${level.id} \\(${level.label}\\): Checkout errors — IC: Ana — channel #inc-\\d{8}-checkout-errors$`,
				),
			),
		);
		fireEvent.click(screen.getByRole('button', { name: 'Copy declaration' }));
		await screen.findByText('Copied');
		expect(writeText).toHaveBeenCalledWith(line.textContent);
		await waitFor(() =>
			expect(document.querySelector('[aria-live="polite"]')!.textContent).toBe('Copied the declaration.'),
		);
	});

	test('follows the SEV0-SEV3 preset with no change to the island', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'classifier-island-'));
		try {
			cpSync('content/model', dir, { recursive: true });
			const file = join(dir, 'model.yaml');
			writeFileSync(file, readFileSync(file, 'utf8').replace(/^preset: .*$/m, 'preset: sev0-sev3'));
			const other = loadModel(dir);
			const route = allPaths(other.tree).at(-1)!;
			const reached = other.levels.find((l) => l.id === route.levelId)!;
			render(<ClassifierTool tree={other.tree} levels={other.levels} roleNames={roleNames} examples={{}} />);
			expect(questionHeading().textContent).toContain((locate(other.tree, []) as { question: Question }).question.text);
			choose(route.answers);
			const result = await screen.findByRole('region', { name: new RegExp(`${reached.id} ${reached.label}`) });
			expect(result.textContent).toContain(formatDuration(reached.respondWithin));
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
