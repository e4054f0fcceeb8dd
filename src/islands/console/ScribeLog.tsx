import { useSignal } from '@preact/signals';
import { addEntry, liveEntries } from '../../domain/console/incident.ts';
import { MARKER_LABELS, MARKERS, type Marker } from '../../domain/console/vocabulary.ts';
import { formatUtcClock } from '../../domain/time/clock.ts';
import { focusLater } from '../kit/focus.ts';
import type { PanelProps } from './context.ts';
import { EntryRow } from './EntryRow.tsx';
import { PasteLines } from './PasteLines.tsx';

/** The running record: type and press Enter, or pick a marker; paste chat; correct anything later. */
export function ScribeLog(props: PanelProps) {
	const { incident, change, announce } = props;
	const text = useSignal('');
	const editing = useSignal<string | null>(null);
	const entries = liveEntries(incident).reverse();

	function log(marker: Marker | null) {
		const value = text.value.trim();
		if (!value && !marker) return;
		change((i, now, author) => addEntry(i, { kind: 'note', text: value, marker, done: false }, now, author));
		text.value = '';
		announce(`Logged${marker ? ` as ${MARKER_LABELS[marker].toLowerCase()}` : ''} at ${formatUtcClock(Date.now())}.`);
		focusLater('console-entry');
	}

	return (
		<section aria-labelledby="console-log-heading">
			<h2 id="console-log-heading">Log</h2>
			<form
				class="console-entry-form"
				onSubmit={(e) => {
					e.preventDefault();
					log(null);
				}}
			>
				<div class="tool-field">
					<label for="console-entry">What happened</label>
					<input
						id="console-entry"
						type="text"
						autoComplete="off"
						value={text.value}
						aria-describedby="console-entry-hint"
						onInput={(e) => (text.value = e.currentTarget.value)}
					/>
					<button type="submit" class="tool-button">
						Log it
					</button>
					<p class="tool-hint" id="console-entry-hint">
						Enter logs it at the current UTC time. A marker button logs it as that moment or as a decision or action.
						Times can be corrected afterwards.
					</p>
				</div>
				<div class="console-markers" role="group" aria-label="Log as">
					{MARKERS.map((marker) => (
						<button key={marker} type="button" class="tool-button" onClick={() => log(marker)}>
							{MARKER_LABELS[marker]}
						</button>
					))}
				</div>
			</form>
			<PasteLines {...props} />
			<h3 id="console-entries-heading">Entries, newest first, times in UTC</h3>
			{entries.length === 0 ? (
				<p>Nothing logged yet.</p>
			) : (
				<ul class="console-entries" aria-labelledby="console-entries-heading">
					{entries.map((entry) => (
						<EntryRow
							key={entry.id}
							{...props}
							entry={entry}
							editing={editing.value === entry.id}
							onEdit={(on) => (editing.value = on ? entry.id : null)}
						/>
					))}
				</ul>
			)}
		</section>
	);
}
