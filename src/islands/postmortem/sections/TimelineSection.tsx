import { useSignal } from '@preact/signals';
import { newKey, type DraftTimelineEntry } from '../domain/postmortem/draft.ts';
import { parseTimeline } from '../domain/postmortem/timeline.ts';

interface Props {
	entries: DraftTimelineEntry[];
	unparsed: string[];
	/** Day that time-only lines count from, `YYYY-MM-DD`. */
	startDate: string;
	/** False while the impact start is empty and the day is today's. */
	startIsSet: boolean;
	onChange: (entries: DraftTimelineEntry[], unparsed: string[]) => void;
	announce: (text: string) => void;
}

const focusLater = (id: string) => setTimeout(() => document.getElementById(id)?.focus(), 0);

/** Paste a timeline in any common shape, then fix, reorder or delete the entries it became. */
export default function PostmortemTimeline({ entries, unparsed, startDate, startIsSet, onChange, announce }: Props) {
	const pasted = useSignal('');
	const offsetHours = useSignal('0');

	const addPasted = () => {
		const result = parseTimeline(pasted.value, {
			startDate,
			utcOffsetMinutes: Math.round(Number(offsetHours.value) * 60) || 0,
		});
		const added = result.entries.map((e) => ({ key: newKey(), ...e }));
		onChange([...entries, ...added], [...unparsed, ...result.unparsed]);
		pasted.value = '';
		const skipped = result.unparsed.length
			? ` ${result.unparsed.length} line(s) had no time that could be read; they are listed below.`
			: '';
		announce(`Added ${added.length} timeline entr${added.length === 1 ? 'y' : 'ies'}.${skipped}`);
	};
	const update = (index: number, change: Partial<DraftTimelineEntry>) =>
		onChange(
			entries.map((e, i) => (i === index ? { ...e, ...change } : e)),
			unparsed,
		);
	const move = (index: number, by: -1 | 1) => {
		const next = [...entries];
		const [entry] = next.splice(index, 1);
		next.splice(index + by, 0, entry!);
		onChange(next, unparsed);
		announce(`Entry moved to position ${index + by + 1} of ${entries.length}.`);
		// Keep focus on the button pressed unless the move made it disabled (first or last place).
		const target = index + by;
		const edge = by < 0 ? target === 0 : target === next.length - 1;
		focusLater(`pm-tl-${by < 0 !== edge ? 'up' : 'down'}-${entry!.key}`);
	};
	const remove = (index: number) => {
		const next = entries.filter((_, i) => i !== index);
		onChange(next, unparsed);
		announce(`Entry ${index + 1} deleted.`);
		const neighbour = next[index] ?? next[index - 1];
		focusLater(neighbour ? `pm-tl-time-${neighbour.key}` : 'pm-tl-add');
	};
	const add = (event = '') => {
		const entry = { key: newKey(), time: '', event };
		onChange([...entries, entry], unparsed);
		focusLater(`pm-tl-time-${entry.key}`);
	};
	const sort = () => {
		onChange(
			[...entries].sort((a, b) => (a.time || '~').localeCompare(b.time || '~')),
			unparsed,
		);
		announce('Timeline sorted by time.');
	};

	return (
		<>
			<div class="tool-field">
				<label for="pm-tl-paste">Paste a timeline</label>
				<p class="tool-hint" id="pm-tl-paste-hint">
					One event per line. Lines such as “14:32 - Alert fired”, “2025-03-15 14:32 UTC …”, spreadsheet or CSV rows,
					and chat lines (“[14:32] alice: …” or “alice 2:32 PM” followed by the message) are all understood. Times
					without a date count from {startDate}
					{startIsSet ? ', the day impact started,' : ' (today; set the impact start time above to change it),'} and
					move to the next day when the clock goes back.
				</p>
				<textarea
					id="pm-tl-paste"
					rows={5}
					aria-describedby="pm-tl-paste-hint"
					value={pasted.value}
					onInput={(e) => (pasted.value = e.currentTarget.value)}
				/>
			</div>
			<div class="tool-field pm-inline">
				<label for="pm-tl-offset">Pasted times are UTC plus (hours)</label>
				<input
					id="pm-tl-offset"
					type="number"
					step="0.5"
					min="-12"
					max="14"
					value={offsetHours.value}
					onInput={(e) => (offsetHours.value = e.currentTarget.value)}
				/>
			</div>
			<button type="button" class="tool-button" onClick={addPasted} disabled={pasted.value.trim() === ''}>
				Add pasted lines to the timeline
			</button>

			{unparsed.length > 0 && (
				<div class="pm-unparsed">
					<h3 id="pm-unparsed-title">Lines without a readable time</h3>
					<ul aria-labelledby="pm-unparsed-title">
						{unparsed.map((line, i) => (
							<li key={`${i}-${line}`}>
								<code>{line}</code>{' '}
								<button
									type="button"
									class="tool-button pm-small"
									onClick={() => {
										onChange(
											entries,
											unparsed.filter((_, j) => j !== i),
										);
										add(line.trim());
									}}
								>
									Add as entry <span class="sr-only">: {line}</span>
								</button>
								<button
									type="button"
									class="tool-button pm-small"
									onClick={() =>
										onChange(
											entries,
											unparsed.filter((_, j) => j !== i),
										)
									}
								>
									Dismiss <span class="sr-only">: {line}</span>
								</button>
							</li>
						))}
					</ul>
				</div>
			)}

			<h3>Entries ({entries.length})</h3>
			{entries.length === 0 ? (
				<p>No entries yet. Paste a timeline above or add entries one by one.</p>
			) : (
				<ol class="pm-rows">
					{entries.map((entry, i) => (
						<li key={entry.key}>
							<fieldset>
								<legend>Entry {i + 1}</legend>
								<div class="pm-row">
									<div class="tool-field">
										<label for={`pm-tl-time-${entry.key}`}>Time (UTC)</label>
										<input
											id={`pm-tl-time-${entry.key}`}
											type="datetime-local"
											value={entry.time}
											onInput={(e) => update(i, { time: e.currentTarget.value })}
										/>
									</div>
									<div class="tool-field pm-grow">
										<label for={`pm-tl-event-${entry.key}`}>What happened</label>
										<input
											id={`pm-tl-event-${entry.key}`}
											type="text"
											value={entry.event}
											onInput={(e) => update(i, { event: e.currentTarget.value })}
										/>
									</div>
								</div>
								<button
									type="button"
									class="tool-button pm-small"
									id={`pm-tl-up-${entry.key}`}
									disabled={i === 0}
									onClick={() => move(i, -1)}
								>
									Move up<span class="sr-only"> entry {i + 1}</span>
								</button>
								<button
									type="button"
									class="tool-button pm-small"
									id={`pm-tl-down-${entry.key}`}
									disabled={i === entries.length - 1}
									onClick={() => move(i, 1)}
								>
									Move down<span class="sr-only"> entry {i + 1}</span>
								</button>
								<button type="button" class="tool-button pm-small" onClick={() => remove(i)}>
									Delete<span class="sr-only"> entry {i + 1}</span>
								</button>
							</fieldset>
						</li>
					))}
				</ol>
			)}
			<button type="button" class="tool-button" id="pm-tl-add" onClick={() => add()}>
				Add an entry
			</button>
			{entries.length > 1 && (
				<button type="button" class="tool-button" onClick={sort}>
					Sort by time
				</button>
			)}
		</>
	);
}
