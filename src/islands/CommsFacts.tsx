import { useSignal, useSignalEffect } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { CommsModel, Facts } from '../domain/comms/render.ts';
import { parseSavedState, prefillFromUrl, serializeState, STORAGE_KEY } from '../domain/comms/state.ts';
import { FACT_FIELDS, ROLE_PREFIX, type FactField } from '../domain/comms/template.ts';
import { describeDuration } from '../domain/model/describe.ts';
import { minutesBetween, parseUtcInput, toUtcInput } from '../domain/time/clock.ts';
import { CommsChannelName, CommsTimeConverter } from './CommsHelpers.tsx';
import { announce, announcement, blankFacts, facts, format, levelOf } from './comms-shared.ts';

interface Props {
	model: CommsModel;
}

const field = (key: string) => FACT_FIELDS.find((f) => f.key === key)!;
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function readStorage(): string | null {
	try {
		return localStorage.getItem(STORAGE_KEY);
	} catch {
		return null;
	}
}

/** Fill the incident's facts once; the messages below (their own island) follow every keystroke. */
export default function CommsFacts({ model }: Props) {
	const notes = useSignal<string[]>([]);
	const channelDescription = useSignal('');
	// Nothing is saved until saved state and the address have been read, so a reload never wipes the facts.
	const restored = useSignal(false);
	const knownKeys = [
		'severity',
		'channelDescription',
		...FACT_FIELDS.map((f) => f.key),
		...model.roles.map((r) => `${ROLE_PREFIX}${r.id}`),
	];
	const levelIds = model.levels.map((l) => l.id);

	useEffect(() => {
		const found: string[] = [];
		const saved = readStorage();
		let start: Facts = {};
		if (saved !== null) {
			const parsed = parseSavedState(saved, knownKeys);
			if (parsed.ok) {
				start = parsed.state.facts;
				format.value = parsed.state.format;
			} else {
				found.push(`Saved facts from an earlier visit could not be restored and were ignored. ${parsed.error}`);
			}
		}
		const prefill = prefillFromUrl(location.search, knownKeys, levelIds);
		const next = { ...start, ...prefill.facts };
		if (next.severity && !levelIds.includes(next.severity)) delete next.severity;
		// On a first visit there is nothing to restore; leaving the values alone spares re-rendering every message.
		if (Object.keys(next).length) {
			channelDescription.value = next.channelDescription ?? '';
			facts.value = next;
		}
		if (found.length || prefill.notes.length) notes.value = [...found, ...prefill.notes];
		restored.value = true;
	}, []);

	useSignalEffect(() => {
		const state = serializeState({
			facts: { ...facts.value, channelDescription: channelDescription.value },
			format: format.value,
		});
		if (!restored.value) return;
		// An untouched form is not stored: the next visit would re-render every message to restore nothing.
		if (facts.value === blankFacts && !channelDescription.value && format.value === 'plain') return;
		try {
			localStorage.setItem(STORAGE_KEY, state);
		} catch {
			// Private modes and full storage refuse writes; the tool still works, it just forgets on reload.
		}
	});

	const set = (key: string, value: string) => (facts.value = { ...facts.value, [key]: value });
	const clear = () => {
		facts.value = blankFacts;
		channelDescription.value = '';
		notes.value = [];
		try {
			localStorage.removeItem(STORAGE_KEY);
		} catch {
			// Nothing to remove when storage is unavailable.
		}
		announce('All facts cleared.');
		document.getElementById('comms-severity')?.focus();
	};

	const textInput = (f: FactField) => {
		const id = `comms-${f.key}`;
		const hint = f.hint ? `${id}-hint` : undefined;
		const common = {
			id,
			value: facts.value[f.key] ?? '',
			'aria-describedby': hint,
			onInput: (e: Event) => set(f.key, (e.currentTarget as HTMLInputElement).value),
		};
		return (
			<div class="tool-field" key={f.key}>
				<label for={id}>{capitalise(f.label)}</label>
				{f.kind === 'long' ? (
					<textarea {...common} rows={3} />
				) : (
					<input {...common} type={f.kind === 'url' ? 'url' : f.kind === 'time' ? 'datetime-local' : 'text'} />
				)}
				{f.kind === 'time' && (
					<button type="button" class="tool-button" onClick={() => set(f.key, toUtcInput(Date.now()))}>
						Now<span class="sr-only"> as {f.label}</span>
					</button>
				)}
				{hint && (
					<p class="tool-hint" id={hint}>
						{f.hint}
					</p>
				)}
			</div>
		);
	};

	const start = parseUtcInput(facts.value.startTime ?? '');
	const end = parseUtcInput(facts.value.endTime ?? '');
	const minutes = start !== null && end !== null ? minutesBetween(start, end) : null;
	const lvl = levelOf(model, facts.value.severity);

	return (
		<>
			<div role="status" aria-label="Notices">
				{notes.value.map((n) => (
					<p class="tool-warning" key={n}>
						{n}
					</p>
				))}
			</div>
			<section class="comms-facts" aria-labelledby="comms-facts-heading">
				<h2 id="comms-facts-heading">Facts</h2>
				<p>Type each fact once. Every message below updates as you type, and your facts stay in this browser only.</p>
				<fieldset class="tool-fieldset">
					<legend>What is happening</legend>
					<div class="tool-field">
						<label for="comms-severity">Severity</label>
						<select
							id="comms-severity"
							value={facts.value.severity ?? ''}
							onChange={(e) => set('severity', e.currentTarget.value)}
						>
							<option value="">Not chosen yet</option>
							{model.levels.map((l) => (
								<option key={l.id} value={l.id}>
									{l.id}: {l.label}
								</option>
							))}
						</select>
					</div>
					{['service', 'feature', 'symptoms', 'impact', 'nextSteps'].map((k) => textInput(field(k)))}
				</fieldset>
				<fieldset class="tool-fieldset">
					<legend>Times, in UTC</legend>
					{['startTime', 'updateTime', 'endTime'].map((k) => textInput(field(k)))}
					<p>
						Duration from start to end:{' '}
						<output for="comms-startTime comms-endTime" id="comms-duration">
							{start === null || end === null
								? 'needs a start and an end time'
								: minutes === null
									? 'the end time is before the start time'
									: describeDuration(minutes)}
						</output>
					</p>
				</fieldset>
				<CommsTimeConverter onUse={(key, value) => set(key, value)} />
				<fieldset class="tool-fieldset">
					<legend>People</legend>
					{model.roles.map((r) => {
						const id = `comms-role-${r.id}`;
						const staffed = lvl?.roles.includes(r.id);
						return (
							<div class="tool-field" key={r.id}>
								<label for={id}>{r.name}</label>
								<input
									id={id}
									type="text"
									value={facts.value[`${ROLE_PREFIX}${r.id}`] ?? ''}
									aria-describedby={lvl ? `${id}-hint` : undefined}
									onInput={(e) => set(`${ROLE_PREFIX}${r.id}`, e.currentTarget.value)}
								/>
								{lvl && (
									<p class="tool-hint" id={`${id}-hint`}>
										{staffed ? `Staffed at ${lvl.id}` : `Not required at ${lvl.id}`}
									</p>
								)}
							</div>
						);
					})}
				</fieldset>
				<fieldset class="tool-fieldset">
					<legend>Channel and links</legend>
					{textInput(field('channel'))}
					<CommsChannelName
						startTime={facts.value.startTime ?? ''}
						description={channelDescription.value}
						onDescription={(value) => (channelDescription.value = value)}
						onUse={(name) => {
							set('channel', name);
							announce(`Channel set to ${name}.`);
						}}
					/>
					{['statusPageUrl', 'dashboardUrl', 'runbookUrl'].map((k) => textInput(field(k)))}
				</fieldset>
				<p>
					<button type="button" class="tool-button" onClick={clear}>
						Clear all facts
					</button>
				</p>
			</section>

			<div class="sr-only" aria-live="polite">
				{announcement.value}
			</div>
		</>
	);
}
