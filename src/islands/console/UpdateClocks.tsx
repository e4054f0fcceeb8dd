import { useSignalEffect } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { dueState, SOON_MINUTES, updatesDue, type UpdateDue } from '../../domain/console/due.ts';
import { fromNow, timeOf } from '../../domain/time/relative.ts';
import { currentLevel } from '../../domain/console/incident.ts';
import { AUDIENCE_LABELS } from '../../domain/console/vocabulary.ts';
import { minutesBetween } from '../../domain/time/clock.ts';
import { formatDuration } from '../../domain/time/durations.ts';
import { focusLater } from '../kit/focus.ts';
import type { PanelProps } from './context.ts';
import { defaultTemplate } from './UpdatesPanel.tsx';

const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function countdown(due: UpdateDue, now: number): string {
	if (due.dueAt === null) return due.cadence === null ? 'none at this level' : 'none: the incident is resolved';
	const late = minutesBetween(due.dueAt, now);
	return late >= 0
		? `overdue by ${formatDuration(late)} (was due at ${timeOf(due.dueAt, now)})`
		: `due ${fromNow(due.dueAt, now)}, at ${timeOf(due.dueAt, now)}`;
}

/**
 * When the next updates are due, counting down on the wall clock. An overdue update is hard to miss: a
 * banner, the tab's title and, when the person allowed it, a desktop notification. Screen readers hear
 * each warning once (five minutes before, then the banner), not every tick; there is never a sound.
 */
export function UpdateClocks({ incident, model, templates, state, announce }: PanelProps) {
	const now = state.now.value;
	const dues = updatesDue(incident, currentLevel(incident)?.level, model);
	const overdue = dues.filter((d) => dueState(d.dueAt, now) === 'overdue');
	const told = useRef(new Set<string>());
	const baseTitle = useRef('');

	useEffect(() => {
		baseTitle.current = document.title;
		return () => void (document.title = baseTitle.current);
	}, []);

	useSignalEffect(() => {
		const moment = state.now.value;
		const current = state.incidents.value[incident.id] ?? incident;
		const late = [];
		for (const due of updatesDue(current, currentLevel(current)?.level, model)) {
			const stage = dueState(due.dueAt, moment);
			const key = `${incident.id}:${due.audience}:${due.dueAt}:${stage}`;
			if (stage === 'overdue') late.push(AUDIENCE_LABELS[due.audience]);
			if ((stage !== 'soon' && stage !== 'overdue') || told.current.has(key)) continue;
			told.current.add(key);
			if (stage === 'soon') announce(`${AUDIENCE_LABELS[due.audience]} due within ${SOON_MINUTES} minutes.`);
			else if (state.notify.peek() && typeof Notification === 'function' && Notification.permission === 'granted') {
				new Notification(`${AUDIENCE_LABELS[due.audience]} overdue`, {
					body: current.facts.title.value,
					tag: key,
				});
			}
		}
		document.title = late.length ? `⚠ ${late.join(' and ')} overdue · ${baseTitle.current}` : baseTitle.current;
	});

	return (
		<section aria-labelledby="console-updates-due-heading" class="console-due">
			<h2 id="console-updates-due-heading" class="sr-only">
				Updates due
			</h2>
			{overdue.map((due) => (
				<div key={due.audience} class="console-overdue" role="alert">
					<p>
						<strong>{AUDIENCE_LABELS[due.audience]} overdue.</strong> It was due at {timeOf(due.dueAt!, now)}.{' '}
						<button
							type="button"
							class="tool-button"
							onClick={() => {
								state.template.value = defaultTemplate(templates, due.audience)?.id ?? '';
								focusLater('console-template');
							}}
						>
							Write it now<span class="sr-only">: the {lower(AUDIENCE_LABELS[due.audience])}</span>
						</button>
					</p>
				</div>
			))}
			<dl class="console-clocks">
				{dues.map((due) => (
					<div key={due.audience} data-state={dueState(due.dueAt, now)}>
						<dt>
							Next {lower(AUDIENCE_LABELS[due.audience])}
							{due.cadence !== null && <span class="tool-hint"> (every {formatDuration(due.cadence)})</span>}
						</dt>
						<dd>
							<span role="timer" data-audience={due.audience}>
								{countdown(due, now)}
							</span>
						</dd>
					</div>
				))}
			</dl>
		</section>
	);
}
