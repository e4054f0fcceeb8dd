import { useEffect, useRef } from 'preact/hooks';
import { levelName } from '../../domain/console/console-model.ts';
import { fromNow, timeOf } from '../../domain/time/relative.ts';
import { currentLevel, markerTime } from '../../domain/console/incident.ts';
import { minutesBetween } from '../../domain/time/clock.ts';
import { formatDuration } from '../../domain/time/durations.ts';
import type { PanelProps } from './context.ts';
import { ExerciseLabel } from './ExerciseLabel.tsx';

/** The incident's name, level and state, and how long it has been going (or went on, once resolved). */
export function IncidentHeader({ incident, model, state }: PanelProps) {
	const heading = useRef<HTMLHeadingElement>(null);
	useEffect(() => {
		if (!state.focusHeading.peek()) return;
		state.focusHeading.value = false;
		heading.current?.focus();
	}, []);
	const now = state.now.value;
	const { facts } = incident;
	const resolved = markerTime(incident, 'resolved');
	const since = (moment: number) => (
		<>
			{timeOf(moment, now)},{' '}
			<span role="timer">
				{resolved === null
					? fromNow(moment, now)
					: `${formatDuration(minutesBetween(moment, resolved))} before it was resolved`}
			</span>
		</>
	);
	return (
		<header class="console-header">
			<h2 id="console-incident-heading" tabIndex={-1} ref={heading}>
				{facts.title.value || 'Untitled incident'}
			</h2>
			<p class="console-badges">
				<strong class="console-level">{levelName(model, currentLevel(incident)?.level)}</strong>{' '}
				{facts.exercise.value && <ExerciseLabel />}{' '}
				{resolved === null ? 'Open' : `Resolved at ${timeOf(resolved, now)}`}
				{facts.channel.value && <> · {facts.channel.value}</>}
			</p>
			<dl class="console-clocks">
				<div>
					<dt>Declared</dt>
					<dd>{since(incident.declaredAt)}</dd>
				</div>
				<div>
					<dt>Impact started</dt>
					<dd>{facts.impactStarted.value === null ? 'not known yet' : since(facts.impactStarted.value)}</dd>
				</div>
			</dl>
		</header>
	);
}
