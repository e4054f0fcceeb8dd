// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { toCommsModel } from '../../src/domain/comms/render.ts';
import { STORAGE_KEY } from '../../src/domain/comms/state.ts';
import { loadModel } from '../../src/data/load-model.ts';
import { loadCommsTemplates } from '../support/comms-templates.ts';

const full = loadModel();
const model = toCommsModel(full);
const templates = loadCommsTemplates(full);
const byId = (id: string) => templates.find((t) => t.id === id)!;
const statusLevel = model.levels.find((l) => l.requires.statusPage)!;
const quietLevel = model.levels.find((l) => !l.requires.statusPage)!;

/**
 * The page as a browser gets it: the facts island and the messages island side by side, sharing
 * state through one module. Modules are reset first, so each call starts like a fresh page load.
 */
async function renderTool() {
	vi.resetModules();
	const [{ default: CommsFacts }, { default: CommsMessageList }] = await Promise.all([
		import('../../src/islands/comms/CommsFacts.tsx'),
		import('../../src/islands/comms/CommsMessageList.tsx'),
	]);
	return render(
		<div>
			<CommsFacts model={model} />
			<CommsMessageList model={model} templates={templates} />
		</div>,
	);
}

/**
 * The messages island as the page first has it: server-rendered markup, hydrated later, when the reader
 * comes near it. `before` runs on the dead markup, as a reader's first click would.
 */
async function hydrateMessagesAfter(
	before: (container: HTMLElement, format: typeof import('../../src/islands/comms/comms-state.ts').format) => void,
) {
	vi.resetModules();
	const [{ default: CommsMessageList }, state, { hydrate }, { renderToString }] = await Promise.all([
		import('../../src/islands/comms/CommsMessageList.tsx'),
		import('../../src/islands/comms/comms-state.ts'),
		import('preact'),
		import('preact-render-to-string'),
	]);
	const island = <CommsMessageList model={model} templates={templates} />;
	const container = document.body.appendChild(document.createElement('div'));
	container.innerHTML = renderToString(island);
	before(container, state.format);
	hydrate(island, container);
	return { container, format: state.format };
}

const radio = (container: HTMLElement, name: string) =>
	within(container).getByRole('radio', { name }) as HTMLInputElement;

function message(name: string) {
	return screen.getByRole('region', { name });
}

function type(label: string | RegExp, value: string) {
	fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

beforeEach(() => {
	localStorage.clear();
	history.replaceState(null, '', '/tools/comms/');
});
afterEach(cleanup);

describe('the comms tool', () => {
	test('updates every message as a fact is typed and marks what is still missing', async () => {
		await renderTool();
		const investigating = message(byId('status-investigating').name);
		expect(within(investigating).getAllByText('[missing: service]')[0]!.tagName).toBe('MARK');
		expect(investigating.textContent).toMatch(/\d+ facts missing: service, affected feature/);

		type('Service', 'Checkout');
		await waitFor(() => expect(investigating.textContent).toContain('Checkout: problems with'));
		expect(message(byId('email-initial').name).textContent).toContain('problem in Checkout');
		expect(investigating.textContent).not.toContain('[missing: service]');
	});

	test('marks the messages the chosen level requires, from the model', async () => {
		await renderTool();
		fireEvent.change(screen.getByLabelText('Severity'), { target: { value: statusLevel.id } });
		await waitFor(() =>
			expect(message(byId('status-resolved').name).textContent).toContain(`Required at ${statusLevel.id}`),
		);

		fireEvent.change(screen.getByLabelText('Severity'), { target: { value: quietLevel.id } });
		await waitFor(() => expect(message(byId('status-resolved').name).textContent).toContain('Optional at this level'));
	});

	test('escapes facts for the chosen format', async () => {
		await renderTool();
		type('Service', '<!channel> & <script>');
		fireEvent.click(screen.getByRole('radio', { name: 'Slack mrkdwn' }));
		const update = message(byId('internal-update').name);
		await waitFor(() => expect(update.textContent).toContain('&lt;!channel&gt; &amp; &lt;script&gt;'));

		fireEvent.click(screen.getByRole('radio', { name: 'HTML email' }));
		await waitFor(() => expect(update.textContent).toContain('<p><strong>'));
		expect(update.querySelector('script')).toBeNull();
	});

	test('warns when a message is over its channel limit', async () => {
		await renderTool();
		const sms = message(byId('sms-alert').name);
		type('Service', 'x'.repeat(200));
		await waitFor(() => expect(sms.textContent).toMatch(/over this channel's limit/));
		expect(sms.textContent).toContain(`of ${byId('sms-alert').limits!.body} characters`);
	});

	test('copies a message and confirms it visibly and to screen readers', async () => {
		const writeText = vi.fn().mockResolvedValue(undefined);
		Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
		await renderTool();
		type('Service', 'Checkout');
		const region = message(byId('internal-update').name);
		fireEvent.click(within(region).getByRole('button', { name: /^Copy message/ }));
		await waitFor(() => expect(within(region).getByText('Copied')).toBeTruthy());
		expect(writeText).toHaveBeenCalledWith(expect.stringContaining('update for Checkout'));
		await waitFor(() =>
			expect(document.querySelector('[aria-live="polite"]')!.textContent).toContain('Copied the message'),
		);
	});

	test('stores nothing for a form that was never touched, and the facts once one is typed', async () => {
		await renderTool();
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
		type('Service', 'Search');
		await waitFor(() => expect(localStorage.getItem(STORAGE_KEY)).toContain('Search'));
	});

	test('keeps a format chosen before the messages were live', async () => {
		const { container, format } = await hydrateMessagesAfter((dead) => radio(dead, 'HTML email').click());
		await waitFor(() => expect(format.value).toBe('html'));
		expect(radio(container, 'HTML email').checked).toBe(true);
		expect(within(container).getByRole('region', { name: 'Status page: investigating' }).textContent).toContain('<p>');
		container.remove();
	});

	test('shows a format restored before the messages were live on their radio buttons', async () => {
		const { container } = await hydrateMessagesAfter((_, format) => (format.value = 'markdown'));
		await waitFor(() => expect(radio(container, 'Markdown').checked).toBe(true));
		container.remove();
	});

	test('restores saved facts after a reload', async () => {
		const first = await renderTool();
		type('Service', 'Search');
		fireEvent.click(screen.getByRole('radio', { name: 'Markdown' }));
		await waitFor(() => expect(localStorage.getItem(STORAGE_KEY)).toContain('Search'));
		first.unmount();

		await renderTool();
		await waitFor(() => expect((screen.getByLabelText('Service') as HTMLInputElement).value).toBe('Search'));
		expect((screen.getByRole('radio', { name: 'Markdown' }) as HTMLInputElement).checked).toBe(true);
	});

	test('reports corrupted saved data and starts empty', async () => {
		localStorage.setItem(STORAGE_KEY, '{"version":1,"facts":');
		await renderTool();
		await waitFor(() =>
			expect(screen.getByRole('status', { name: 'Notices' }).textContent).toContain('could not be restored'),
		);
		expect((screen.getByLabelText('Service') as HTMLInputElement).value).toBe('');
	});

	test('keeps unreadable saved facts until they are downloaded or discarded, then saves again', async () => {
		const damaged = '{"version":1,"facts":';
		localStorage.setItem(STORAGE_KEY, damaged);
		await renderTool();
		const alert = await screen.findByRole('alert');
		type('Service', 'Typed after the damage');
		await new Promise((resolve) => setTimeout(resolve, 100));
		expect(localStorage.getItem(STORAGE_KEY)).toBe(damaged);
		const created: Blob[] = [];
		vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (created.push(blob as Blob), 'blob:damaged'));
		vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
		// The download link is clicked by the tool; a test page has nowhere to save it.
		const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
		fireEvent.click(within(alert).getByRole('button', { name: 'Download the damaged data' }));
		expect(click).toHaveBeenCalledOnce();
		vi.restoreAllMocks();
		await expect(created[0]!.text()).resolves.toBe(damaged);
		expect(localStorage.getItem(STORAGE_KEY)).toBe(damaged);
		fireEvent.click(within(alert).getByRole('button', { name: /Discard it/ }));
		await waitFor(() => expect(localStorage.getItem(STORAGE_KEY)).toContain('Typed after the damage'));
		expect(screen.queryByRole('alert')).toBeNull();
	});

	test('asks whether a hand-off from another tool is the same incident as the saved facts', async () => {
		localStorage.setItem(
			STORAGE_KEY,
			JSON.stringify({
				version: 1,
				format: 'plain',
				facts: { service: 'Old checkout', startTime: '2025-01-01T10:00' },
			}),
		);
		history.replaceState(null, '', `/tools/comms/?severity=${statusLevel.id}`);
		const first = await renderTool();
		const question = await screen.findByRole('alert');
		expect(question.textContent).toContain('Is this the same incident?');
		expect(question.textContent).toContain('service “Old checkout”');
		expect((screen.getByLabelText('Service') as HTMLInputElement).value).toBe('Old checkout');
		expect((screen.getByLabelText('Severity') as HTMLSelectElement).value).toBe('');
		fireEvent.click(within(question).getByRole('button', { name: 'New incident: start clean' }));
		expect((screen.getByLabelText('Service') as HTMLInputElement).value).toBe('');
		expect((screen.getByLabelText('Severity') as HTMLSelectElement).value).toBe(statusLevel.id);
		expect(location.search).toBe('');
		first.unmount();

		localStorage.setItem(
			STORAGE_KEY,
			JSON.stringify({ version: 1, format: 'plain', facts: { service: 'Same checkout' } }),
		);
		history.replaceState(null, '', `/tools/comms/?severity=${statusLevel.id}`);
		await renderTool();
		fireEvent.click(within(await screen.findByRole('alert')).getByRole('button', { name: /Same incident/ }));
		expect((screen.getByLabelText('Service') as HTMLInputElement).value).toBe('Same checkout');
		expect((screen.getByLabelText('Severity') as HTMLSelectElement).value).toBe(statusLevel.id);
		history.replaceState(null, '', '/tools/comms/');
	});

	test('takes the severity from the address and notes an unknown one', async () => {
		history.replaceState(null, '', `/tools/comms/?severity=${statusLevel.id}&service=Login`);
		const first = await renderTool();
		await waitFor(() => expect((screen.getByLabelText('Severity') as HTMLSelectElement).value).toBe(statusLevel.id));
		expect((screen.getByLabelText('Service') as HTMLInputElement).value).toBe('Login');
		first.unmount();
		localStorage.clear();

		history.replaceState(null, '', '/tools/comms/?severity=NOPE9');
		await renderTool();
		await waitFor(() => expect(screen.getByRole('status', { name: 'Notices' }).textContent).toContain('"NOPE9"'));
		expect((screen.getByLabelText('Severity') as HTMLSelectElement).value).toBe('');
	});

	test('clears every fact and the saved copy', async () => {
		await renderTool();
		type('Service', 'Search');
		await waitFor(() => expect(localStorage.getItem(STORAGE_KEY)).toContain('Search'));
		fireEvent.click(screen.getByRole('button', { name: 'Clear all facts' }));
		await waitFor(() => expect((screen.getByLabelText('Service') as HTMLInputElement).value).toBe(''));
		expect(localStorage.getItem(STORAGE_KEY) ?? '').not.toContain('Search');
	});

	test('fills start time from the now button and the channel from the generator', async () => {
		vi.useFakeTimers({ now: Date.UTC(2026, 10, 24, 23, 58), toFake: ['Date'] });
		try {
			await renderTool();
			fireEvent.click(screen.getByRole('button', { name: 'Now as start time' }));
			await waitFor(() =>
				expect((screen.getByLabelText('Start time') as HTMLInputElement).value).toBe('2026-11-24T23:58'),
			);
			type('Short description for the channel name', 'Card payments failing!');
			fireEvent.click(screen.getByRole('button', { name: 'Use this name' }));
			await waitFor(() =>
				expect((screen.getByLabelText('Incident channel') as HTMLInputElement).value).toBe(
					'#inc-20261124-card-payments-failing',
				),
			);
		} finally {
			vi.useRealTimers();
		}
	});

	test('converts a local time to UTC and uses it as the start time', async () => {
		await renderTool();
		type('Local date and time', '2026-11-24T09:00');
		type('Time zone', 'Asia/Kolkata');
		await waitFor(() =>
			expect(document.getElementById('comms-local-result')!.textContent).toContain('2026-11-24 03:30 UTC'),
		);
		fireEvent.click(screen.getByRole('button', { name: 'Use as start time' }));
		await waitFor(() =>
			expect((screen.getByLabelText('Start time') as HTMLInputElement).value).toBe('2026-11-24T03:30'),
		);
	});

	test('suggests the time zones the browser knows once the zone field is used', async () => {
		await renderTool();
		const field = screen.getByLabelText('Time zone') as HTMLInputElement;
		fireEvent.focus(field);
		await waitFor(() => {
			const suggestions = [...field.list!.querySelectorAll('option')].map((option) => option.value);
			expect(suggestions).toEqual(expect.arrayContaining(Intl.supportedValuesOf('timeZone').slice(0, 3)));
		});
	});

	test('keeps a time zone typed before the browser zone is looked up', async () => {
		await renderTool();
		type('Time zone', 'Asia/Kolkata');
		await new Promise((resolve) => setTimeout(resolve, 100));
		expect((screen.getByLabelText('Time zone') as HTMLInputElement).value).toBe('Asia/Kolkata');
	});

	test('says so when the time zone name is not one the browser knows', async () => {
		await renderTool();
		type('Local date and time', '2026-11-24T09:00');
		type('Time zone', 'Mars/Olympus');
		await waitFor(() =>
			expect(document.getElementById('comms-local-result')!.textContent).toContain('"Mars/Olympus" is not a time zone'),
		);
		expect(screen.queryByRole('button', { name: 'Use as start time' })).toBeNull();
	});
});
