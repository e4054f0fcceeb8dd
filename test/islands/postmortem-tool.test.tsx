// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import PostmortemTool, { STORAGE_KEY, TIMELINE_STORAGE_KEY } from '../../src/islands/postmortem/PostmortemTool.tsx';
import { DRAFT_HANDOFF_KEY, exportDraft } from '../../src/domain/postmortem/draft.ts';
import { importDraft } from '../../src/domain/postmortem/draft-schema.ts';
import { TRIGGER_LABELS } from '../../src/schemas/trigger.ts';
import { completeDraft, model } from '../domain/postmortem/fixtures.ts';
import { PAGE_SIZE } from '../../src/islands/postmortem/sections/TimelineSection.tsx';

const levels = model.levels.map((l) => ({ id: l.id, label: l.label }));
const triggers = Object.entries(TRIGGER_LABELS).map(([id, label]) => ({ id, label }));

function renderTool() {
	return render(
		<PostmortemTool
			levels={levels}
			triggers={triggers}
			runbooks={[]}
			archiveBase="/archive/"
			repository="https://github.com/acme/handbook"
			branch="main"
			deadline="within 48 hours"
			ownerPolicy={model.config.actionItemOwners}
		/>,
	);
}

const type = (label: string | RegExp, value: string) =>
	fireEvent.input(screen.getByLabelText(label), { target: { value } });
const saved = () => {
	const result = importDraft(localStorage.getItem(STORAGE_KEY) ?? '');
	if (!result.ok) throw new Error(result.error);
	return result.draft;
};

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('PostmortemTool', { timeout: 30_000 }, () => {
	test('offers every level of the model as a severity', async () => {
		renderTool();
		const options = within(screen.getByLabelText('Severity'))
			.getAllByRole('option')
			.map((o) => o.getAttribute('value'));
		expect(options).toEqual(['', ...levels.map((l) => l.id)]);
	});

	test('prepares the preview and export only once the form is first touched', async () => {
		renderTool();
		expect(screen.getByText('Preparing the preview and export…')).toBeTruthy();
		fireEvent.focusIn(screen.getByLabelText('Title'));
		await screen.findByText(/Export is off until/, {}, { timeout: 15_000 });
	});

	test('stores nothing for a form that was never touched, and the draft once something is typed', async () => {
		renderTool();
		fireEvent.focusIn(screen.getByLabelText('Title'));
		await screen.findByText(/Export is off until/, {}, { timeout: 15_000 });
		expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
		type('Title', 'Search returned nothing');
		await waitFor(() => expect(saved().title).toBe('Search returned nothing'));
	});

	test('saves what is typed and restores it after a reload', async () => {
		renderTool();
		fireEvent.focusIn(screen.getByLabelText('Title'));
		await screen.findByText(/Export is off until/, {}, { timeout: 15_000 });
		type('Title', 'Search returned nothing');
		await waitFor(() => expect(saved().title).toBe('Search returned nothing'));
		await screen.findByText('All changes are saved in this browser.');
		cleanup();
		renderTool();
		await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('Title').value).toBe('Search returned nothing'));
		expect(screen.getByRole('status').textContent).toContain('restored');
	});

	test('keeps what is typed before the saved draft loads and offers the saved one back', async () => {
		localStorage.setItem(STORAGE_KEY, exportDraft(completeDraft()));
		renderTool();
		type('Title', 'Typed straight away');
		fireEvent.click(await screen.findByRole('button', { name: 'Undo' }, { timeout: 15_000 }));
		expect(screen.getByLabelText<HTMLInputElement>('Title').value).toBe(completeDraft().title);
	});

	test('takes up a draft the incident console handed over, once, and saves it', async () => {
		localStorage.setItem(DRAFT_HANDOFF_KEY, exportDraft(completeDraft({ title: 'From the console', exercise: true })));
		renderTool();
		await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('Title').value).toBe('From the console'));
		expect(screen.getByRole('checkbox', { name: /An exercise/ })).toHaveProperty('checked', true);
		await waitFor(() => expect(saved().title).toBe('From the console'));
		expect(localStorage.getItem(DRAFT_HANDOFF_KEY)).toBeNull();
		expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
	});

	test('keeps the draft that was there one Undo away when the console hands over another', async () => {
		localStorage.setItem(STORAGE_KEY, exportDraft(completeDraft({ title: 'Earlier draft' })));
		localStorage.setItem(DRAFT_HANDOFF_KEY, exportDraft(completeDraft({ title: 'From the console' })));
		renderTool();
		await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('Title').value).toBe('From the console'));
		expect(screen.getByText(/replaced by the draft the incident console handed over/)).toBeTruthy();
		fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
		expect(screen.getByLabelText<HTMLInputElement>('Title').value).toBe('Earlier draft');
	});

	test('reports damaged saved data, keeps it until the user discards it, then saves again', async () => {
		localStorage.setItem(
			STORAGE_KEY,
			'{"format": "incident-handbook/postmortem-draft", "version": 1, "draft": {"title": 5',
		);
		renderTool();
		const alert = await screen.findByRole('alert', {}, { timeout: 15_000 });
		expect(alert.textContent).toContain('could not be read');
		type('Title', 'New draft');
		await new Promise((r) => setTimeout(r, 400));
		expect(localStorage.getItem(STORAGE_KEY)).toContain('"title": 5');
		fireEvent.click(within(alert).getByRole('button', { name: /Discard it/ }));
		await waitFor(() => expect(saved().title).toBe('New draft'));
		expect(screen.queryByRole('alert')).toBeNull();
	});

	test('turns a pasted timeline into editable entries and lists the lines it could not read', async () => {
		renderTool();
		type(/Impact started/, '2025-03-15T23:40');
		type('Paste a timeline', '23:45 - Alert fired\nthe graph looked odd\n00:05 — Rolled back');
		fireEvent.click(screen.getByRole('button', { name: 'Add pasted lines to the timeline' }));
		await waitFor(() => expect(screen.getAllByLabelText('What happened')).toHaveLength(2));
		expect(screen.getAllByLabelText<HTMLInputElement>('Time (UTC)').map((i) => i.value)).toEqual([
			'2025-03-15T23:45',
			'2025-03-16T00:05',
		]);
		expect(screen.getByRole('list', { name: 'Lines without a readable time' }).textContent).toContain(
			'the graph looked odd',
		);
		fireEvent.click(screen.getByRole('button', { name: 'Move down entry 1' }));
		expect(screen.getAllByLabelText<HTMLInputElement>('What happened').map((i) => i.value)).toEqual([
			'Rolled back',
			'Alert fired',
		]);
		fireEvent.click(screen.getByRole('button', { name: 'Delete entry 1' }));
		expect(screen.getAllByLabelText<HTMLInputElement>('What happened').map((i) => i.value)).toEqual(['Alert fired']);
	});

	test('shows the derived response times and flags times out of order', async () => {
		renderTool();
		type(/Impact started/, '2025-03-15T14:00');
		type(/Detected \(UTC\)/, '2025-03-15T14:25');
		expect(screen.getByText('Time to detect').nextElementSibling?.textContent).toBe('25 minutes');
		type(/Resolved \(UTC\)/, '2025-03-15T13:00');
		expect(screen.getByRole('list', { name: 'Times out of order' }).textContent).toContain(
			'Resolved (2025-03-15T13:00 UTC) is before impact started',
		);
	});

	test('hints at blameless wording without blocking anything', async () => {
		renderTool();
		fireEvent.focusIn(screen.getByLabelText('Root cause'));
		type('Root cause', 'Human error during the deploy.');
		const hints = await screen.findByRole('list', { name: 'Blameless wording hints' }, { timeout: 15_000 });
		expect(hints.textContent).toContain('“Human error”');
	});

	test('holds export back, naming what each action item still needs, until it is complete', async () => {
		localStorage.setItem(STORAGE_KEY, exportDraft(completeDraft()));
		renderTool();
		await screen.findByText(/passes the archive's checks/, {}, { timeout: 15_000 });
		const download = screen.getByRole('button', { name: 'Download .mdx file' });
		expect(download.getAttribute('aria-disabled')).toBe('false');
		expect(screen.getByRole('link', { name: /Open a pull request/ }).getAttribute('href')).toMatch(
			/^https:\/\/github\.com\/acme\/handbook\/new\/main\?filename=content%2Fpostmortems%2F2025-03-15-/,
		);

		type('Owner', '');
		await screen.findByText(/Export is off until/, {}, { timeout: 15_000 });
		expect(screen.getByText(/Action items: item 1 \("Validate allow-lists in CI"\) needs an owner\./)).toBeTruthy();
		expect(screen.getByText('Still needs an owner.')).toBeTruthy();
		await screen.findByText('Export is off again: something required is missing.');
		expect(screen.getByRole('button', { name: 'Download .mdx file' }).getAttribute('aria-disabled')).toBe('true');
		expect(screen.queryByRole('link', { name: /Open a pull request/ })).toBeNull();
	});

	test('previews the post-mortem as it is typed', async () => {
		renderTool();
		fireEvent.focusIn(screen.getByLabelText('Title'));
		await screen.findByText(/Export is off until/, {}, { timeout: 15_000 });
		type('Title', 'Cache <b>stampede</b> {after} restart');
		expect(screen.getByRole('heading', { level: 3, name: 'Cache <b>stampede</b> {after} restart' })).toBeTruthy();
	});
});

describe('PostmortemTool with a huge incident', { timeout: 60_000 }, () => {
	const lines = (count: number) =>
		Array.from(
			{ length: count },
			(_, i) => `${String(Math.floor(i / 60) % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} Event ${i + 1}`,
		).join('\n');

	test('shows a long pasted timeline a page at a time, and every entry stays reachable', async () => {
		renderTool();
		type(/Impact started/, '2025-03-15T00:00');
		type('Paste a timeline', lines(250));
		fireEvent.click(screen.getByRole('button', { name: 'Add pasted lines to the timeline' }));
		await waitFor(() => expect(screen.getAllByLabelText('What happened')).toHaveLength(PAGE_SIZE));
		expect(screen.getByText(`Showing entries 1–${PAGE_SIZE} of 250.`)).toBeTruthy();
		const next = screen.getByRole('button', { name: `Next ${PAGE_SIZE} entries` });
		while (!(next as HTMLButtonElement).disabled) fireEvent.click(next);
		expect(screen.getByText(`Showing entries ${250 - ((250 - 1) % PAGE_SIZE)}–250 of 250.`)).toBeTruthy();
		expect(screen.getAllByLabelText<HTMLInputElement>('What happened').at(-1)!.value).toBe('Event 250');
		expect(screen.getByRole('button', { name: 'Delete entry 250' })).toBeTruthy();
	});

	test('keeps the timeline under its own key, so typing elsewhere does not rewrite it', async () => {
		renderTool();
		fireEvent.focusIn(screen.getByLabelText('Title'));
		await screen.findByText(/Export is off until/, {}, { timeout: 15_000 });
		type(/Impact started/, '2025-03-15T00:00');
		type('Paste a timeline', lines(3));
		fireEvent.click(screen.getByRole('button', { name: 'Add pasted lines to the timeline' }));
		await waitFor(() => expect(localStorage.getItem(TIMELINE_STORAGE_KEY)).toContain('Event 3'));
		const written: string[] = [];
		const setItem = Storage.prototype.setItem;
		Storage.prototype.setItem = function (key: string, value: string) {
			written.push(key);
			return setItem.call(this, key, value);
		};
		try {
			type('Title', 'Title typed after the paste');
			await waitFor(() => expect(saved().title).toBe('Title typed after the paste'));
		} finally {
			Storage.prototype.setItem = setItem;
		}
		expect(written).not.toContain(TIMELINE_STORAGE_KEY);
		cleanup();
		renderTool();
		await waitFor(() => expect(screen.getAllByLabelText('What happened')).toHaveLength(3));
		expect(screen.getByLabelText<HTMLInputElement>('Title').value).toBe('Title typed after the paste');
	});

	test('restores a draft saved by the earlier version, with the timeline inside it', async () => {
		localStorage.setItem(STORAGE_KEY, exportDraft(completeDraft()));
		renderTool();
		await waitFor(() =>
			expect(screen.getAllByLabelText('What happened')).toHaveLength(completeDraft().timeline.length),
		);
	});

	test('reads pasted local times in the zone given, across midnight', async () => {
		renderTool();
		type(/Impact started/, '2025-03-14T23:00');
		type('Pasted times are in', '+02:00');
		type('Paste a timeline', '01:05 Errors climb\n01:40 Rolled back');
		fireEvent.click(screen.getByRole('button', { name: 'Add pasted lines to the timeline' }));
		await waitFor(() =>
			expect(screen.getAllByLabelText<HTMLInputElement>('Time (UTC)').map((i) => i.value)).toEqual([
				'2025-03-14T23:05',
				'2025-03-14T23:40',
			]),
		);
	});

	test('says so when the zone is not one, and adds nothing', async () => {
		renderTool();
		type('Pasted times are in', 'Atlantis');
		expect(screen.getByText(/“Atlantis” is not a time zone/)).toBeTruthy();
		type('Paste a timeline', '01:05 Errors climb');
		fireEvent.click(screen.getByRole('button', { name: 'Add pasted lines to the timeline' }));
		expect(screen.queryAllByLabelText('What happened')).toHaveLength(0);
	});
});
