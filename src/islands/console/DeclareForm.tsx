import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { sitePath } from '../../data/site-path.ts';
import type { ConsoleAddress } from '../../domain/console/address.ts';
import { channelName } from '../../domain/comms/channel-name.ts';
import { commanderRole, levelOf, roleName, type ConsoleModel } from '../../domain/console/console-model.ts';
import { declareIncident } from '../../domain/console/incident.ts';
import { isServiceId, SERVICE_ID_RULE } from '../../domain/text/identifiers.ts';
import { parseUtcInput, toUtcInput } from '../../domain/time/clock.ts';
import type { Announce } from '../kit/announce.tsx';
import { SelectField, TextField } from '../kit/fields.tsx';
import { focusLater } from '../kit/focus.ts';
import type { ConsoleState } from './use-console.ts';
import { YourName } from './YourName.tsx';

interface Props {
	state: ConsoleState;
	model: ConsoleModel;
	announce: Announce;
}

export const splitServices = (text: string) =>
	text
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);

/** Declares an incident, from scratch or with what the classifier handed over in the address. */
export function DeclareForm({ state, model, announce }: Props) {
	const commander = commanderRole(model);
	const title = useSignal('');
	const level = useSignal('');
	const reason = useSignal('');
	const services = useSignal('');
	const started = useSignal('');
	const channel = useSignal('');
	const exercise = useSignal(false);
	const holders = useSignal<Record<string, string>>({});
	const problems = useSignal<string[]>([]);
	// A declaration handed over by the classifier opens here (one meant for an open incident does not). It
	// is applied once the address has been read, after hydration, so the fields show what they hold.
	const handed: ConsoleAddress = state.address.value.incident ? {} : state.address.value;
	useEffect(() => {
		if (handed.title) title.value = handed.title;
		if (handed.level) level.value = handed.level;
		if (handed.reason) reason.value = `Classifier: ${handed.reason}`;
		if (commander && handed.commander) holders.value = { ...holders.value, [commander]: handed.commander };
	}, [handed]);

	const chosen = levelOf(model, level.value);
	const suggested = channelName(parseUtcInput(started.value) ?? Date.now(), title.value);
	const roles = chosen?.roles ?? (commander ? [commander] : []);

	function declare(e: Event) {
		e.preventDefault();
		const list = splitServices(services.value);
		const found = [
			!title.value.trim() && 'Give the incident a short title.',
			!chosen && 'Choose a level.',
			list.length === 0 && 'Name at least one affected service.',
			...list.filter((s) => !isServiceId(s)).map((s) => `“${s}” is not ${SERVICE_ID_RULE}.`),
		].filter((p): p is string => Boolean(p));
		problems.value = found;
		if (found.length) return focusLater('console-declare-problems');
		const incident = declareIncident(
			{
				title: title.value,
				level: level.value,
				services: list,
				channel: channel.value.trim() || suggested,
				impactStarted: parseUtcInput(started.value),
				exercise: exercise.value,
				roles: Object.fromEntries(roles.map((id) => [id, holders.value[id] ?? ''])),
				reason: reason.value,
				answers: handed.level === level.value ? (handed.answers ?? '') : '',
			},
			Date.now(),
			state.name.peek(),
		);
		state.add(incident);
		state.focusHeading.value = true;
		state.navigate(incident.id);
		announce(`Declared ${incident.facts.title.value} at ${level.value}.`);
	}

	return (
		<section aria-labelledby="console-declare-heading">
			<h2 id="console-declare-heading">Declare an incident</h2>
			<p>
				Not sure of the level? <a href={sitePath('/tools/classify/')}>Classify it first</a>; the classifier brings its
				answer back here.
			</p>
			<form class="console-form" onSubmit={declare} noValidate>
				<YourName state={state} />
				<TextField
					id="console-title"
					label="Title"
					value={title.value}
					onInput={(v) => (title.value = v)}
					required
					hint="What is wrong, in a few words, e.g. Card payments failing"
				/>
				<SelectField
					id="console-level"
					label="Level"
					value={level.value}
					placeholder="Choose…"
					options={model.levels.map((l) => ({ value: l.id, label: `${l.id}: ${l.label}` }))}
					onChange={(v) => (level.value = v)}
				/>
				<TextField
					id="console-reason"
					label="Why this level"
					value={reason.value}
					onInput={(v) => (reason.value = v)}
				/>
				<TextField
					id="console-services"
					label="Affected services"
					value={services.value}
					onInput={(v) => (services.value = v)}
					required
					hint="Service ids separated by commas, e.g. checkout, api-gateway."
				/>
				<TextField
					id="console-started"
					label="Impact started (UTC, if known)"
					type="datetime-local"
					value={started.value}
					onInput={(v) => (started.value = v)}
				>
					<button type="button" class="tool-button" onClick={() => (started.value = toUtcInput(Date.now()))}>
						Now<span class="sr-only"> as the time impact started</span>
					</button>
				</TextField>
				<TextField
					id="console-channel"
					label="Channel"
					value={channel.value}
					onInput={(v) => (channel.value = v)}
					hint={`Leave empty to use ${suggested}`}
				/>
				<p>
					<label>
						<input
							type="checkbox"
							checked={exercise.value}
							onChange={(e) => (exercise.value = e.currentTarget.checked)}
						/>{' '}
						This is an exercise (a drill): label it everywhere and keep it out of the metrics
					</label>
				</p>
				<fieldset class="tool-fieldset">
					<legend>Who holds each role{chosen ? ` ${chosen.id} staffs` : ''}</legend>
					{roles.map((id) => (
						<TextField
							key={id}
							id={`console-declare-role-${id}`}
							label={roleName(model, id)}
							value={holders.value[id] ?? ''}
							onInput={(v) => (holders.value = { ...holders.value, [id]: v })}
						/>
					))}
				</fieldset>
				{problems.value.length > 0 && (
					<ul class="tool-warning" id="console-declare-problems" tabIndex={-1}>
						{problems.value.map((p) => (
							<li key={p}>{p}</li>
						))}
					</ul>
				)}
				<p>
					<button type="submit" class="tool-button console-primary">
						Declare the incident
					</button>
				</p>
			</form>
		</section>
	);
}
