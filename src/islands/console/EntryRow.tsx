import { useSignal } from '@preact/signals';
import { describeEntry } from '../../domain/console/describe.ts';
import { editEntry, removeEntry, type Entry } from '../../domain/console/incident.ts';
import { MARKER_LABELS, MARKERS, type Marker } from '../../domain/console/vocabulary.ts';
import { formatDay } from '../../domain/time/calendar.ts';
import { parseUtcInput, toUtcInput } from '../../domain/time/clock.ts';
import { SelectField, TextField } from '../kit/fields.tsx';
import { focusLater } from '../kit/focus.ts';
import type { PanelProps } from './context.ts';

interface Props extends PanelProps {
	entry: Entry;
	editing: boolean;
	onEdit: (on: boolean) => void;
}

/** "14:32", or "2026-03-14 23:58" for a moment on another UTC day than the incident's declaration. */
function clock(at: number, day: string) {
	const text = toUtcInput(at).replace('T', ' ');
	return formatDay(at) === day ? text.slice(11) : text;
}

/** A log entry: read it, tick off an action, correct a note's time, words or marker, or delete it. */
export function EntryRow({ entry, editing, onEdit, incident, model, change, announce }: Props) {
	const id = `console-entry-${entry.id}`;
	const when = clock(entry.at, formatDay(incident.declaredAt));
	const time = useSignal('');
	const text = useSignal('');
	const marker = useSignal('');

	if (editing && entry.kind === 'note') {
		const save = (e: Event) => {
			e.preventDefault();
			const at = parseUtcInput(time.value);
			change((i, now) =>
				editEntry(
					i,
					entry.id,
					{
						text: text.value.trim(),
						marker: (marker.value || null) as Marker | null,
						...(at !== null && toUtcInput(entry.at) !== time.value && { at }),
					},
					now,
				),
			);
			onEdit(false);
			announce('Entry corrected.');
			focusLater(`${id}-edit`);
		};
		return (
			<li class="console-entry">
				<form
					onSubmit={save}
					onKeyDown={(e) => {
						if (e.key !== 'Escape') return;
						onEdit(false);
						focusLater(`${id}-edit`);
					}}
				>
					<TextField
						id={`${id}-time`}
						label="Time (UTC)"
						type="datetime-local"
						value={time.value}
						onInput={(v) => (time.value = v)}
					/>
					<TextField id={`${id}-text`} label="What happened" value={text.value} onInput={(v) => (text.value = v)} />
					<SelectField
						id={`${id}-marker`}
						label="Marker"
						value={marker.value}
						placeholder="None"
						options={MARKERS.map((m) => ({ value: m, label: MARKER_LABELS[m] }))}
						onChange={(v) => (marker.value = v)}
					/>
					<button type="submit" class="tool-button">
						Save
					</button>
					<button
						type="button"
						class="tool-button"
						onClick={() => {
							onEdit(false);
							focusLater(`${id}-edit`);
						}}
					>
						Cancel
					</button>
				</form>
			</li>
		);
	}

	return (
		<li class="console-entry" data-kind={entry.kind}>
			<time dateTime={new Date(entry.at).toISOString()}>{when}</time>{' '}
			<span class={entry.kind === 'note' && entry.marker ? 'console-marked' : undefined}>
				{describeEntry(entry, model)}
			</span>
			{entry.author && <span class="tool-hint"> · {entry.author}</span>}{' '}
			{entry.kind === 'note' && entry.marker === 'action' && (
				<label class="console-inline">
					<input
						type="checkbox"
						checked={entry.done}
						onChange={(e) => {
							const done = e.currentTarget.checked;
							change((i, now) => editEntry(i, entry.id, { done }, now));
						}}
					/>{' '}
					Done<span class="sr-only">: {entry.text}</span>
				</label>
			)}
			{entry.kind === 'note' && (
				<button
					type="button"
					class="console-link"
					id={`${id}-edit`}
					onClick={() => {
						time.value = toUtcInput(entry.at);
						text.value = entry.text;
						marker.value = entry.marker ?? '';
						onEdit(true);
						focusLater(`${id}-text`);
					}}
				>
					Edit<span class="sr-only"> the entry at {when}</span>
				</button>
			)}{' '}
			<button
				type="button"
				class="console-link"
				onClick={() => {
					change((i, now) => removeEntry(i, entry.id, now));
					announce(`Deleted the entry at ${when}.`);
					focusLater('console-entry');
				}}
			>
				Delete<span class="sr-only"> the entry at {when}</span>
			</button>
		</li>
	);
}
