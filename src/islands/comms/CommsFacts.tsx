import { useSignal, useSignalEffect } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { CommsModel, Facts } from '../../domain/comms/render.ts';
import {
	describeSavedIncident,
	needsHandoffChoice,
	parseSavedState,
	prefillFromUrl,
	serializeState,
	STORAGE_KEY,
} from '../../domain/comms/state.ts';
import { FACT_FIELDS, ROLE_PREFIX, type FactField } from '../../domain/comms/template.ts';
import { minutesBetween, parseUtcInput, toUtcInput } from '../../domain/time/clock.ts';
import { LiveRegion } from '../kit/announce.tsx';
import { DamagedSaveNotice } from '../kit/DamagedSaveNotice.tsx';
import { readStored, removeStored, writeStored, type DamagedSave } from '../kit/storage.ts';
import { ChannelName } from './ChannelName.tsx';
import { announce, announcement, blankFacts, facts, format, levelOf } from './comms-state.ts';
import { TimeConverter } from './TimeConverter.tsx';
import './comms-tool.css';
import { formatDuration } from '../../domain/time/durations.ts';
import { SelectField, TextField } from '../kit/fields.tsx';

interface Props {
	model: CommsModel;
}

const field = (key: string) => FACT_FIELDS.find((f) => f.key === key)!;
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Facts handed over in the address while facts from an earlier visit are saved: which incident is this? */
interface Handoff {
	handed: Facts;
	saved: string;
}

/** Fill the incident's facts once; the messages below (their own island) follow every keystroke. */
export default function CommsFacts({ model }: Props) {
	const notes = useSignal<string[]>([]);
	const channelDescription = useSignal('');
	// Nothing is saved until saved state and the address have been read, so a reload never wipes the facts.
	const restored = useSignal(false);
	const damaged = useSignal<DamagedSave | null>(null);
	const handoff = useSignal<Handoff | null>(null);
	const knownKeys = [
		'severity',
		'channelDescription',
		...FACT_FIELDS.map((f) => f.key),
		...model.roles.map((r) => `${ROLE_PREFIX}${r.id}`),
	];
	const levelIds = model.levels.map((l) => l.id);

	const startWith = (next: Facts) => {
		// On a first visit there is nothing to restore; leaving the values alone spares re-rendering every message.
		if (Object.keys(next).length === 0) return;
		if (next.severity && !levelIds.includes(next.severity)) delete next.severity;
		channelDescription.value = next.channelDescription ?? '';
		facts.value = next;
	};

	useEffect(() => {
		const found: string[] = [];
		const raw = readStored(STORAGE_KEY);
		let saved: Facts = {};
		if (raw !== null) {
			const parsed = parseSavedState(raw, knownKeys);
			if (parsed.ok) {
				saved = parsed.state.facts;
				format.value = parsed.state.format;
			} else {
				damaged.value = { error: parsed.error, raw };
				found.push(
					'Saved facts from an earlier visit could not be restored; they are kept until you download or discard them.',
				);
			}
		}
		const prefill = prefillFromUrl(location.search, knownKeys, levelIds);
		if (needsHandoffChoice(saved, prefill.facts)) {
			handoff.value = { handed: prefill.facts, saved: describeSavedIncident(saved) };
			startWith(saved);
		} else startWith({ ...saved, ...prefill.facts });
		if (found.length || prefill.notes.length) notes.value = [...found, ...prefill.notes];
		restored.value = true;
	}, []);

	const answerHandoff = (sameIncident: boolean) => {
		const { handed } = handoff.value!;
		handoff.value = null;
		// The address has been used; a reload should not ask again.
		history.replaceState(null, '', location.pathname);
		if (sameIncident) {
			startWith({ ...facts.peek(), channelDescription: channelDescription.peek(), ...handed });
			announce('Kept the saved facts and added what the link carried.');
		} else {
			channelDescription.value = '';
			facts.value = { ...handed };
			announce('Started a new incident with only what the link carried.');
		}
	};

	useSignalEffect(() => {
		const state = serializeState({
			facts: { ...facts.value, channelDescription: channelDescription.value },
			format: format.value,
		});
		if (!restored.value || damaged.value) return;
		// An untouched form is not stored: the next visit would re-render every message to restore nothing.
		if (facts.value === blankFacts && !channelDescription.value && format.value === 'plain') return;
		// Private modes and full storage refuse writes; the tool still works, it just forgets on reload.
		writeStored(STORAGE_KEY, state);
	});

	const set = (key: string, value: string) => (facts.value = { ...facts.value, [key]: value });
	const clear = () => {
		facts.value = blankFacts;
		channelDescription.value = '';
		notes.value = [];
		if (!damaged.value) removeStored(STORAGE_KEY);
		announce('All facts cleared.');
		document.getElementById('comms-severity')?.focus();
	};

	const textInput = (f: FactField) => (
		<TextField
			key={f.key}
			id={`comms-${f.key}`}
			label={capitalise(f.label)}
			hint={f.hint}
			multiline={f.kind === 'long'}
			type={f.kind === 'url' ? 'url' : f.kind === 'time' ? 'datetime-local' : 'text'}
			value={facts.value[f.key] ?? ''}
			onInput={(value) => set(f.key, value)}
		>
			{f.kind === 'time' && (
				<button type="button" class="tool-button" onClick={() => set(f.key, toUtcInput(Date.now()))}>
					Now<span class="sr-only"> as {f.label}</span>
				</button>
			)}
		</TextField>
	);

	const start = parseUtcInput(facts.value.startTime ?? '');
	const end = parseUtcInput(facts.value.endTime ?? '');
	const minutes = start !== null && end !== null ? minutesBetween(start, end) : 0;
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
			{damaged.value && (
				<DamagedSaveNotice
					damaged={damaged.value}
					what="Facts"
					fileName="damaged-comms-facts.txt"
					onDiscard={() => {
						removeStored(STORAGE_KEY);
						damaged.value = null;
						announce('The damaged facts were discarded. New facts are saved again.');
					}}
				/>
			)}
			{handoff.value && (
				<section class="tool-warning comms-handoff" role="alert" aria-labelledby="comms-handoff-heading">
					<h2 id="comms-handoff-heading">Is this the same incident?</h2>
					<p>
						The link that opened this page carries {Object.keys(handoff.value.handed).join(', ')}, and this browser
						still holds facts from an earlier visit: {handoff.value.saved}. Until you answer, the messages below use the
						saved facts only.
					</p>
					<button type="button" class="tool-button" onClick={() => answerHandoff(false)}>
						New incident: start clean
					</button>{' '}
					<button type="button" class="tool-button" onClick={() => answerHandoff(true)}>
						Same incident: keep the saved facts
					</button>
				</section>
			)}
			<section class="comms-facts" aria-labelledby="comms-facts-heading">
				<h2 id="comms-facts-heading">Facts</h2>
				<p>Type each fact once. Every message below updates as you type, and your facts stay in this browser only.</p>
				<fieldset class="tool-fieldset">
					<legend>What is happening</legend>
					<SelectField
						id="comms-severity"
						label="Severity"
						value={facts.value.severity ?? ''}
						placeholder="Not chosen yet"
						options={model.levels.map((l) => ({ value: l.id, label: `${l.id}: ${l.label}` }))}
						onChange={(severity) => set('severity', severity)}
					/>
					{['service', 'feature', 'symptoms', 'impact', 'cause', 'nextSteps', 'asks'].map((k) => textInput(field(k)))}
				</fieldset>
				<fieldset class="tool-fieldset">
					<legend>Times, in UTC</legend>
					{['startTime', 'updateTime', 'endTime'].map((k) => textInput(field(k)))}
					<p>
						Duration from start to end:{' '}
						<output for="comms-startTime comms-endTime" id="comms-duration">
							{start === null || end === null
								? 'needs a start and an end time'
								: minutes < 0
									? 'the end time is before the start time'
									: formatDuration(minutes)}
						</output>
					</p>
				</fieldset>
				<TimeConverter onUse={(key, value) => set(key, value)} />
				<fieldset class="tool-fieldset">
					<legend>People</legend>
					{model.roles.map((r) => (
						<TextField
							key={r.id}
							id={`comms-role-${r.id}`}
							label={r.name}
							hint={lvl && (lvl.roles.includes(r.id) ? `Staffed at ${lvl.id}` : `Not required at ${lvl.id}`)}
							value={facts.value[`${ROLE_PREFIX}${r.id}`] ?? ''}
							onInput={(name) => set(`${ROLE_PREFIX}${r.id}`, name)}
						/>
					))}
				</fieldset>
				<fieldset class="tool-fieldset">
					<legend>Channel and links</legend>
					{textInput(field('channel'))}
					<ChannelName
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

			<LiveRegion region={announcement} />
		</>
	);
}
