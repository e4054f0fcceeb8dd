import { useSignal } from '@preact/signals';
import { sitePath } from '../../data/site-path.ts';
import { consoleQuery } from '../../domain/console/address.ts';
import { levelName } from '../../domain/console/console-model.ts';
import { timeOf } from '../../domain/time/relative.ts';
import { addEntry, currentLevel, liveEntries } from '../../domain/console/incident.ts';
import { SelectField, TextField } from '../kit/fields.tsx';
import type { PanelProps } from './context.ts';

/**
 * The level and why, every change logged with its reason. The classifier can be run again for this
 * incident; its answer comes back here as a suggestion that changes nothing until someone accepts it.
 */
export function LevelPanel({ incident, model, state, change, announce }: PanelProps) {
	const current = currentLevel(incident);
	const level = useSignal(current?.level ?? '');
	const reason = useSignal('');
	const problem = useSignal('');
	const suggested = state.address.value.incident === incident.id ? state.address.value : null;
	const changes = liveEntries(incident).filter((e) => e.kind === 'level');

	function setLevel(to: string, why: string, answers = '') {
		change((i, now, author) => addEntry(i, { kind: 'level', level: to, text: why, answers }, now, author));
		level.value = to;
		reason.value = '';
		problem.value = '';
		announce(`Level changed to ${levelName(model, to)}.`);
	}
	const settle = () => {
		state.address.value = { notes: [] };
		history.replaceState(null, '', `?incident=${encodeURIComponent(incident.id)}`);
	};

	return (
		<section aria-labelledby="console-level-heading">
			<h2 id="console-level-heading">Level</h2>
			<p>
				Now <strong>{levelName(model, current?.level)}</strong>
				{current && ` since ${timeOf(current.at, state.minute.value)}`}
				{current?.text && `: ${current.text}`}
			</p>
			{suggested?.level && suggested.level !== current?.level && (
				<div class="tool-warning" role="status">
					<p>
						The classifier chose <strong>{levelName(model, suggested.level)}</strong> for this incident
						{suggested.reason && ` (${suggested.reason})`}.
					</p>
					<button
						type="button"
						class="tool-button"
						onClick={() => {
							setLevel(suggested.level!, `Classifier: ${suggested.reason ?? 'chosen again'}`, suggested.answers ?? '');
							settle();
						}}
					>
						Change to {suggested.level}
					</button>
					<button type="button" class="tool-button" onClick={settle}>
						Keep {current?.level}
					</button>
				</div>
			)}
			<form
				class="console-form"
				onSubmit={(e) => {
					e.preventDefault();
					if (!reason.value.trim())
						return void (problem.value = 'Say why the level changes; the log keeps the reason.');
					if (level.value === current?.level)
						return void (problem.value = `The incident is already at ${level.value}.`);
					setLevel(level.value, reason.value.trim());
				}}
			>
				<SelectField
					id="console-new-level"
					label="New level"
					value={level.value}
					options={model.levels.map((l) => ({ value: l.id, label: `${l.id}: ${l.label}` }))}
					onChange={(v) => (level.value = v)}
				/>
				<TextField
					id="console-level-reason"
					label="Reason"
					value={reason.value}
					onInput={(v) => (reason.value = v)}
					required
				/>
				{problem.value && <p class="tool-warning">{problem.value}</p>}
				<button type="submit" class="tool-button">
					Change the level
				</button>
			</form>
			<p>
				<a href={`${sitePath('/tools/classify/')}${consoleQuery({ incident: incident.id })}`}>
					Run the classifier again for this incident
				</a>
			</p>
			{changes.length > 1 && (
				<details class="console-details">
					<summary>Level changes ({changes.length})</summary>
					<ul>
						{changes.map((e) => (
							<li key={e.id}>
								{timeOf(e.at, state.minute.value)}: {levelName(model, e.kind === 'level' ? e.level : '')}
								{e.text && `, ${e.text}`}
							</li>
						))}
					</ul>
				</details>
			)}
		</section>
	);
}
