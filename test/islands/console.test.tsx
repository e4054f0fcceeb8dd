// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { loadModel } from '../../src/data/load-model.ts';
import { loadCommsTemplates } from '../support/comms-templates.ts';
import { toConsoleModel } from '../../src/domain/console/console-model.ts';
import { declareIncident, STORAGE_PREFIX, storeIncident, type Incident } from '../../src/domain/console/incident.ts';
import { exportIncident, readIncident } from '../../src/domain/console/incident-schema.ts';
import { DRAFT_HANDOFF_KEY } from '../../src/domain/postmortem/draft.ts';
import { importDraft } from '../../src/domain/postmortem/draft-schema.ts';
import { formatUtcClock } from '../../src/domain/time/clock.ts';
import { formatDuration } from '../../src/domain/time/durations.ts';
import ConsoleTool from '../../src/islands/console/ConsoleTool.tsx';
import { createConsole } from '../../src/islands/console/use-console.ts';

const full = loadModel();
const model = toConsoleModel(full);
const templates = loadCommsTemplates(full);
const level = model.levels.find((l) => l.updates.internal && l.updates.external)!;
const MINUTE = 60_000;

const stored = (): Incident[] =>
	Object.keys(localStorage)
		.filter((key) => key.startsWith(STORAGE_PREFIX))
		.map((key) => {
			const read = readIncident(localStorage.getItem(key)!);
			if (!read.ok) throw new Error(read.error);
			return read.incident;
		});

const type = (label: string, value: string) =>
	fireEvent.input(screen.getByLabelText(label, { exact: true }), { target: { value } });
const renderTool = () => render(<ConsoleTool model={model} templates={templates} />);

function saveIncident(overrides: Partial<Parameters<typeof declareIncident>[0]> = {}, at = Date.now()): Incident {
	const incident = declareIncident(
		{
			title: 'Checkout errors',
			level: level.id,
			services: ['checkout'],
			channel: '#inc-checkout',
			impactStarted: at - 10 * MINUTE,
			exercise: false,
			roles: { 'incident-commander': 'Priya' },
			reason: 'Payments fail',
			answers: '',
			...overrides,
		},
		at,
		'Priya',
	);
	localStorage.setItem(`${STORAGE_PREFIX}${incident.id}`, storeIncident(incident));
	return incident;
}

async function openIncident(incident: Incident) {
	history.replaceState(null, '', `/tools/console/?incident=${incident.id}`);
	renderTool();
	await screen.findByRole('heading', { name: incident.facts.title.value, level: 2 });
}

beforeEach(() => {
	localStorage.clear();
	history.replaceState(null, '', '/tools/console/');
	Object.defineProperty(navigator, 'clipboard', {
		value: { writeText: vi.fn().mockResolvedValue(undefined) },
		configurable: true,
	});
});
afterEach(() => {
	cleanup();
	vi.useRealTimers();
});

describe('the incident console', { timeout: 20_000 }, () => {
	test('declares an incident, saves it and opens it with the declaration ready to copy', async () => {
		renderTool();
		type('Your name', 'Priya');
		type('Title', 'Card payments failing');
		fireEvent.change(screen.getByLabelText('Level', { exact: true }), { target: { value: level.id } });
		type('Affected services', 'checkout, payments');
		fireEvent.input(
			within(screen.getByRole('group', { name: /Who holds each role/ })).getByLabelText('Incident commander'),
			{
				target: { value: 'Priya' },
			},
		);
		fireEvent.click(screen.getByRole('button', { name: 'Declare the incident' }));
		await screen.findByRole('heading', { name: 'Card payments failing', level: 2 });
		const [incident] = stored();
		expect(incident!.facts.services.value).toEqual(['checkout', 'payments']);
		expect(location.search).toBe(`?incident=${incident!.id}`);
		const declaration = document.getElementById('console-message-incident-declared')!;
		expect(declaration.textContent).toContain(`Incident declared: ${level.id} (${level.label})`);
		expect(declaration.textContent).toContain('IC: Priya');
	});

	test('refuses a declaration without a title, level or valid service ids, and says what is missing', async () => {
		renderTool();
		type('Affected services', 'Checkout API');
		fireEvent.click(screen.getByRole('button', { name: 'Declare the incident' }));
		const problems = await screen.findByRole('list');
		expect(problems.textContent).toContain('Give the incident a short title.');
		expect(problems.textContent).toContain('“Checkout API” is not a service id');
		expect(stored()).toEqual([]);
	});

	test('fills the declaration from what the classifier handed over', async () => {
		history.replaceState(
			null,
			'',
			`/tools/console/?level=${level.id}&answers=a.yes&reason=Is+it+down%3F+Yes&title=Checkout+down&commander=Ana`,
		);
		renderTool();
		expect(screen.getByLabelText<HTMLInputElement>('Title', { exact: true }).value).toBe('Checkout down');
		expect(screen.getByLabelText<HTMLSelectElement>('Level', { exact: true }).value).toBe(level.id);
		expect(screen.getByLabelText<HTMLInputElement>('Why this level').value).toBe('Classifier: Is it down? Yes');
		expect(
			within(screen.getByRole('group', { name: /Who holds each role/ })).getByLabelText<HTMLInputElement>(
				'Incident commander',
			).value,
		).toBe('Ana');
	});

	test('logs with Enter and with markers, newest first, with the writer’s name', async () => {
		localStorage.setItem('incident-handbook:console:name', 'Tomás');
		const incident = saveIncident();
		await openIncident(incident);
		type('What happened', 'Error rate 40%');
		fireEvent.submit(screen.getByLabelText('What happened', { exact: true }).closest('form')!);
		type('What happened', 'rolled back 812');
		fireEvent.click(within(screen.getByRole('group', { name: 'Log as' })).getByRole('button', { name: 'Mitigated' }));
		const rows = within(screen.getByRole('list', { name: /Entries, newest first/ })).getAllByRole('listitem');
		expect(rows[0]!.textContent).toContain('Mitigated: rolled back 812');
		expect(rows[0]!.textContent).toContain('Tomás');
		expect(rows[1]!.textContent).toContain('Error rate 40%');
		await waitFor(() => expect(stored()[0]!.entries.filter((e) => e.kind === 'note')).toHaveLength(2));
	});

	test('shows a hostile title and log entry exactly as typed and runs nothing', async () => {
		const title = '</title><img src=x onerror="window.ran=1"> {{service}} *bold* ${x}';
		const note = '<script>window.ran=1</script> --- export const x = 1 [a](javascript:alert(1))';
		await openIncident(saveIncident({ title }));
		type('What happened', note);
		fireEvent.submit(screen.getByLabelText('What happened', { exact: true }).closest('form')!);
		const rows = within(screen.getByRole('list', { name: /Entries, newest first/ })).getAllByRole('listitem');
		expect(rows[0]!.textContent).toContain(note);
		expect(document.querySelectorAll('img, script, a[href^="javascript"]')).toHaveLength(0);
		expect((window as { ran?: number }).ran).toBeUndefined();
	});

	test('corrects an entry’s words and time, and deletes one', async () => {
		const incident = saveIncident();
		await openIncident(incident);
		type('What happened', 'Eror rate up');
		fireEvent.submit(screen.getByLabelText('What happened', { exact: true }).closest('form')!);
		fireEvent.click(screen.getByRole('button', { name: /^Edit the entry at/ }));
		const form = screen.getByRole('button', { name: 'Save' }).closest('form')!;
		fireEvent.input(within(form).getByLabelText('What happened'), { target: { value: 'Error rate up' } });
		fireEvent.input(within(form).getByLabelText('Time (UTC)'), { target: { value: '2026-03-15T13:55' } });
		fireEvent.submit(form);
		const row = await screen.findByText('Error rate up');
		expect(row.closest('li')!.textContent).toContain('2026-03-15 13:55');
		fireEvent.click(within(row.closest('li')!).getByRole('button', { name: /^Delete/ }));
		await waitFor(() => expect(screen.queryByText('Error rate up')).toBeNull());
		expect(stored()[0]!.entries.find((e) => e.kind === 'note')?.deleted).toBe(true);
	});

	test('adds pasted chat lines and keeps the lines it could not read', async () => {
		const incident = saveIncident({}, Date.UTC(2026, 2, 15, 14, 0));
		await openIncident(incident);
		fireEvent.input(screen.getByLabelText('Lines to add'), {
			target: { value: '[14:02] alice: pool at its limit\nno time here' },
		});
		fireEvent.click(screen.getByRole('button', { name: 'Add to the log' }));
		expect(await screen.findByText(/Added 1 entry. 1 line has no time/)).toBeTruthy();
		expect(screen.getByText('alice: pool at its limit')).toBeTruthy();
		expect(screen.getByLabelText<HTMLTextAreaElement>('Lines to add').value).toBe('no time here');
	});

	test('counts down to the next update; copying one logs it and restarts its clock', async () => {
		vi.useFakeTimers({ toFake: ['Date', 'setInterval'] });
		vi.setSystemTime(Date.UTC(2026, 2, 15, 14, 0));
		const incident = saveIncident();
		await openIncident(incident);
		vi.setSystemTime(Date.UTC(2026, 2, 15, 14, 10));
		vi.advanceTimersByTime(1000);
		const internal = document.querySelector('[role="timer"][data-audience="internal"]')!;
		const cadence = level.updates.internal!;
		const at = (minutes: number) => formatUtcClock(Date.UTC(2026, 2, 15, 14, minutes));
		await waitFor(() => expect(internal.textContent).toBe(`due in ${formatDuration(cadence - 10)}, at ${at(cadence)}`));
		fireEvent.click(screen.getByRole('button', { name: /^Copy and log as sent.*Chat: progress update$/ }));
		await waitFor(() => expect(internal.textContent).toBe(`due in ${formatDuration(cadence)}, at ${at(10 + cadence)}`));
		expect(stored()[0]!.entries.some((e) => e.kind === 'update' && e.audience === 'internal')).toBe(true);
	});

	test('makes an overdue update unmissable: a banner and the tab title, announced once', async () => {
		vi.useFakeTimers({ toFake: ['Date', 'setInterval'] });
		vi.setSystemTime(Date.UTC(2026, 2, 15, 14, 0));
		document.title = 'Run an incident';
		await openIncident(saveIncident());
		vi.setSystemTime(Date.UTC(2026, 2, 15, 14, 1) + level.updates.internal! * MINUTE);
		vi.advanceTimersByTime(1000);
		const banner = await screen.findByRole('alert');
		expect(banner.textContent).toContain('Internal update overdue.');
		expect(document.title).toBe('⚠ Internal update overdue · Run an incident');
		fireEvent.click(within(banner).getByRole('button', { name: /Write it now/ }));
		await waitFor(() => expect(document.activeElement?.id).toBe('console-template'));
	});

	test('changes the level only with a reason, and logs it', async () => {
		const incident = saveIncident();
		await openIncident(incident);
		const other = model.levels.find((l) => l.id !== level.id)!;
		fireEvent.change(screen.getByLabelText('New level'), { target: { value: other.id } });
		fireEvent.click(screen.getByRole('button', { name: 'Change the level' }));
		expect(screen.getByText(/Say why the level changes/)).toBeTruthy();
		type('Reason', 'Only one region affected');
		fireEvent.click(screen.getByRole('button', { name: 'Change the level' }));
		await waitFor(() =>
			expect(screen.getByText(`Level set to ${other.id} (${other.label}): Only one region affected`)).toBeTruthy(),
		);
	});

	test('offers the level a re-run of the classifier chose, and changes nothing until it is accepted', async () => {
		const incident = saveIncident();
		const other = model.levels.find((l) => l.id !== level.id)!;
		history.replaceState(
			null,
			'',
			`/tools/console/?incident=${incident.id}&level=${other.id}&answers=x.no&reason=Is+it+down%3F+No`,
		);
		renderTool();
		fireEvent.click(await screen.findByRole('button', { name: `Change to ${other.id}` }));
		await waitFor(() =>
			expect(stored()[0]!.entries.some((e) => e.kind === 'level' && e.level === other.id && e.answers === 'x.no')).toBe(
				true,
			),
		);
		expect(location.search).toBe(`?incident=${incident.id}`);
		expect(screen.getByRole('link', { name: 'Run the classifier again for this incident' }).getAttribute('href')).toBe(
			`/tools/classify/?incident=${incident.id}`,
		);
	});

	test('copies a hand-over brief and logs the hand-over', async () => {
		const incident = saveIncident();
		await openIncident(incident);
		type('Taking over', 'Sam');
		expect(document.getElementById('console-brief')!.textContent).toContain('HAND-OVER BRIEF: Checkout errors');
		fireEvent.click(screen.getByRole('button', { name: 'Copy the brief and hand over to Sam' }));
		await waitFor(() => expect(screen.getByText('Incident commander handed over to Sam')).toBeTruthy());
		expect(screen.getByLabelText<HTMLInputElement>('Incident commander').value).toBe('Sam');
	});

	test('ticks a phase step with its time and author', async () => {
		localStorage.setItem('incident-handbook:console:name', 'Tomás');
		await openIncident(saveIncident());
		const step = model.phases[0]!.steps[0]!;
		fireEvent.click(screen.getByRole('checkbox', { name: step }));
		await waitFor(() => expect(screen.getByRole('checkbox', { name: step })).toHaveProperty('checked', true));
		expect(screen.getByRole('checkbox', { name: step }).closest('div')!.textContent).toMatch(
			/done at \d\d:\d\d UTC by Tomás/,
		);
	});

	test('labels a drill and opens its messages with the exercise notice', async () => {
		await openIncident(saveIncident({ exercise: true }));
		expect(screen.getAllByText('Exercise').length).toBeGreaterThan(0);
		expect(document.getElementById('console-message-incident-declared')!.textContent).toMatch(
			/^EXERCISE: this is a drill/,
		);
	});

	test('resolves and hands the post-mortem tool a draft with the log’s moments', async () => {
		const assign = vi.spyOn(window.location, 'assign').mockImplementation(() => {});
		const incident = saveIncident({ exercise: true });
		await openIncident(incident);
		type('What happened', 'alert');
		fireEvent.click(within(screen.getByRole('group', { name: 'Log as' })).getByRole('button', { name: 'Detected' }));
		fireEvent.click(screen.getByRole('button', { name: 'Resolve and write the post-mortem' }));
		const handed = importDraft(localStorage.getItem(DRAFT_HANDOFF_KEY)!);
		if (!handed.ok) throw new Error(handed.error);
		expect(handed.draft).toMatchObject({
			title: 'Checkout errors',
			severity: level.id,
			exercise: true,
			commander: 'Priya',
		});
		expect(handed.draft.detected).not.toBe('');
		expect(handed.draft.resolved).not.toBe('');
		expect(assign).toHaveBeenCalledWith('/tools/post-mortem/');
	});

	test('exports an incident that imports back into an empty browser unchanged', async () => {
		const incident = saveIncident();
		const file = exportIncident(incident);
		localStorage.clear();
		renderTool();
		const input = screen.getByLabelText('Import an incident (JSON)');
		fireEvent.change(input, { target: { files: [new File([file], 'incident.json', { type: 'application/json' })] } });
		await screen.findByRole('heading', { name: 'Checkout errors', level: 2 });
		expect(stored()).toEqual([incident]);
	});

	test('explains an import it cannot read', async () => {
		renderTool();
		const input = screen.getByLabelText('Import an incident (JSON)');
		fireEvent.change(input, { target: { files: [new File(['{"format":"other"}'], 'notes.json')] } });
		expect((await screen.findByRole('alert')).textContent).toContain('notes.json could not be imported');
	});

	test('keeps a damaged saved incident untouched until it is discarded', async () => {
		localStorage.setItem(
			`${STORAGE_PREFIX}broken`,
			'{"format": "incident-handbook/incident", "version": 1, "incident": {',
		);
		saveIncident();
		renderTool();
		const alert = await screen.findByRole('alert');
		expect(alert.textContent).toContain('could not be read');
		expect(screen.getByRole('link', { name: 'Checkout errors' })).toBeTruthy();
		fireEvent.click(within(alert).getByRole('button', { name: /Discard it/ }));
		expect(localStorage.getItem(`${STORAGE_PREFIX}broken`)).toBeNull();
	});
});

describe('tabs of one browser', () => {
	test('adding entries at the same moment in two tabs keeps both, in each tab and in storage', async () => {
		const incident = saveIncident();
		const [left, right] = [createConsole(model), createConsole(model)];
		const stops = [left.start(), right.start()];
		try {
			await waitFor(() => expect(left.incidents.value[incident.id] && right.incidents.value[incident.id]).toBeTruthy());
			const note = (text: string) => (i: Incident, now: number) => ({
				...i,
				entries: [
					...i.entries,
					{
						id: text,
						at: now,
						author: text,
						edited: now,
						deleted: false,
						kind: 'note' as const,
						text,
						marker: null,
						done: false,
					},
				],
			});
			left.change(incident.id, note('from-left'));
			right.change(incident.id, note('from-right'));
			const texts = (i: Incident | undefined) =>
				i?.entries
					.map((e) => e.id)
					.filter((id) => id.startsWith('from-'))
					.sort();
			await waitFor(() => {
				expect(texts(left.incidents.value[incident.id])).toEqual(['from-left', 'from-right']);
				expect(texts(right.incidents.value[incident.id])).toEqual(['from-left', 'from-right']);
				expect(texts(stored()[0])).toEqual(['from-left', 'from-right']);
			});
		} finally {
			stops.forEach((stop) => stop());
		}
	});
});
