import { useSignal } from '@preact/signals';
import { sitePath } from '../../data/site-path.ts';
import { timeOf } from '../../domain/time/relative.ts';
import { addEntry, isResolved } from '../../domain/console/incident.ts';
import { draftFromIncident } from '../../domain/console/postmortem-draft.ts';
import { MARKER_LABELS, MOMENT_MARKERS } from '../../domain/console/vocabulary.ts';
import { deriveFacts } from '../../domain/postmortem/durations.ts';
import { DRAFT_HANDOFF_KEY, exportDraft } from '../../domain/postmortem/draft.ts';
import { TIMESTAMP_FIELDS, TIMESTAMP_LABELS } from '../../domain/postmortem/vocabulary.ts';
import { parseUtcInput } from '../../domain/time/clock.ts';
import { formatDuration } from '../../domain/time/durations.ts';
import { writeStored } from '../kit/storage.ts';
import { Problem } from '../kit/Problem.tsx';
import type { PanelProps } from './context.ts';

/**
 * The key moments and response times as the post-mortem will have them (worked out the same way, from the
 * same minutes), and the way out: resolve, and open the post-mortem tool with the draft filled in.
 */
export function ClosePanel({ incident, model, state, change, announce }: PanelProps) {
	const problem = useSignal('');
	const draft = draftFromIncident(incident, model);
	const { durations } = deriveFacts(
		draft,
		draft.timeline.map((e) => e.time),
	);
	const resolved = isResolved(incident);
	const unmarked = MOMENT_MARKERS.filter((m) => !draft[m] && (m !== 'resolved' || resolved));

	function handOver() {
		let latest = state.incidents.peek()[incident.id] ?? incident;
		if (!isResolved(latest)) {
			change((i, now, author) => addEntry(i, { kind: 'note', text: '', marker: 'resolved', done: false }, now, author));
			latest = state.incidents.peek()[incident.id] ?? latest;
		}
		if (!writeStored(DRAFT_HANDOFF_KEY, exportDraft(draftFromIncident(latest, model)))) {
			problem.value =
				'This browser refused to store the draft (storage full or blocked), so the post-mortem tool cannot receive it.';
			return;
		}
		announce('Opening the post-mortem tool with the draft.');
		location.assign(sitePath('/tools/post-mortem/'));
	}

	return (
		<section aria-labelledby="console-close-heading">
			<h2 id="console-close-heading">Close</h2>
			<table class="console-times">
				<caption>Key moments and response times, as the post-mortem will show them</caption>
				<tbody>
					{TIMESTAMP_FIELDS.map((field) => {
						const at = parseUtcInput(draft[field]);
						return (
							<tr key={field} data-moment={field}>
								<th scope="row">{TIMESTAMP_LABELS[field]}</th>
								<td>{at === null ? 'not logged' : timeOf(at, state.minute.value)}</td>
							</tr>
						);
					})}
					{durations.map((d) => (
						<tr key={d.id} data-duration={d.id}>
							<th scope="row">{d.label}</th>
							<td>{d.minutes === undefined ? 'not enough data' : formatDuration(d.minutes)}</td>
						</tr>
					))}
				</tbody>
			</table>
			{unmarked.length > 0 && (
				<p class="tool-hint">
					Not in the log yet: {unmarked.map((m) => MARKER_LABELS[m].toLowerCase()).join(', ')}. Log each with its marker
					(a time can be corrected afterwards) and the post-mortem gets it too.
				</p>
			)}
			<p>
				<button type="button" class="tool-button console-primary" onClick={handOver}>
					{resolved ? 'Write the post-mortem' : 'Resolve and write the post-mortem'}
				</button>
			</p>
			<p class="tool-hint">
				{resolved
					? 'Opens the post-mortem tool with the timeline, the key moments, the people and the actions filled in.'
					: 'Logs the resolution now, then opens the post-mortem tool with everything filled in.'}{' '}
				A draft already there can be brought back with its Undo button.
			</p>
			<Problem text={problem.value} />
		</section>
	);
}
