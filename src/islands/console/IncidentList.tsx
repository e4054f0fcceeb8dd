import { useSignal } from '@preact/signals';
import { levelName, type ConsoleModel } from '../../domain/console/console-model.ts';
import { updatesDue, dueState } from '../../domain/console/due.ts';
import { timeOf } from '../../domain/time/relative.ts';
import { currentLevel, isResolved, type Incident } from '../../domain/console/incident.ts';
import type { Announce } from '../kit/announce.tsx';
import { JsonFilePicker } from '../kit/JsonFilePicker.tsx';
import { Problem } from '../kit/Problem.tsx';
import { ExerciseLabel } from './ExerciseLabel.tsx';
import type { ConsoleState } from './use-console.ts';

interface Props {
	state: ConsoleState;
	model: ConsoleModel;
	announce: Announce;
}

function Status({ incident, model, now }: { incident: Incident; model: ConsoleModel; now: number }) {
	if (isResolved(incident)) return <>Resolved</>;
	const late = updatesDue(incident, currentLevel(incident)?.level, model).some(
		(d) => dueState(d.dueAt, now) === 'overdue',
	);
	return late ? <strong class="console-late">Open, an update is overdue</strong> : <>Open</>;
}

/** Every incident this browser holds, newest first, and a way in for one exported elsewhere. */
export function IncidentList({ state, model, announce }: Props) {
	const problem = useSignal('');
	const incidents = Object.values(state.incidents.value).sort((a, b) => b.declaredAt - a.declaredAt);
	const now = state.now.value;

	async function importFile(input: HTMLInputElement) {
		const file = input.files?.[0];
		input.value = '';
		if (!file) return;
		problem.value = '';
		try {
			const [schema, text] = await Promise.all([state.loadSchema(), file.text()]);
			const read = schema.readIncident(text);
			if (!read.ok) return void (problem.value = `${file.name} could not be imported. ${read.error}`);
			const known = state.incidents.peek()[read.incident.id];
			const merged = state.add(read.incident);
			announce(
				known
					? `Merged ${file.name} into the incident already here: ${merged.entries.length - known.entries.length} new log entries.`
					: `Imported ${file.name}.`,
			);
			state.focusHeading.value = true;
			state.navigate(merged.id);
		} catch {
			problem.value = `${file.name} could not be read.`;
		}
	}

	return (
		<section aria-labelledby="console-list-heading">
			<h2 id="console-list-heading">Incidents in this browser</h2>
			{incidents.length === 0 ? (
				<p>None yet. Declare one below, or import one exported from another browser.</p>
			) : (
				<ul class="console-list">
					{incidents.map((incident) => (
						<li key={incident.id}>
							<a
								href={`?incident=${encodeURIComponent(incident.id)}`}
								onClick={(e) => {
									if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
									e.preventDefault();
									state.navigate(incident.id);
								}}
							>
								{incident.facts.title.value || 'Untitled incident'}
							</a>{' '}
							{incident.facts.exercise.value && <ExerciseLabel />}
							<br />
							<span class="tool-hint">
								{levelName(model, currentLevel(incident)?.level)} · declared {timeOf(incident.declaredAt, now)} ·{' '}
								<Status incident={incident} model={model} now={now} />
							</span>
						</li>
					))}
				</ul>
			)}
			<p>
				<JsonFilePicker label="Import an incident (JSON)" onPick={(input) => void importFile(input)} />
			</p>
			<Problem text={problem.value} />
		</section>
	);
}
