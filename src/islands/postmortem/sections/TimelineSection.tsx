import { useSignal } from '@preact/signals';
import { newKey, type DraftTimelineEntry } from '../../../domain/postmortem/draft.ts';
import { parseUtcInput, toUtcInput } from '../../../domain/time/clock.ts';
import { describeTimeZone, parseTimeZone, utcToWall, UTC } from '../../../domain/time/zones.ts';
import type { Announce } from '../../kit/announce.tsx';
import { focusLater } from '../../kit/focus.ts';
import { TextField } from '../../kit/fields.tsx';
import { Section } from '../Section.tsx';
import type { DraftState } from '../use-draft.ts';

/**
 * Entries shown at a time. A long incident's timeline runs to thousands of entries; showing a page of
 * them keeps every keystroke and every paste quick, and the export still holds them all.
 */
export const PAGE_SIZE = 25;

const entryWord = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'entry' : 'entries'}`;

/** Paste a timeline in any common shape, then fix, reorder or delete the entries it became. */
export function TimelineSection({ draft, announce }: { draft: DraftState; announce: Announce }) {
	const { store: d } = draft;
	const pasted = useSignal('');
	const zoneText = useSignal('UTC');
	const page = useSignal(0);
	const entries = d.timeline.value;
	const unparsed = d.unparsedLines.value;
	const zone = parseTimeZone(zoneText.value);
	const started = parseUtcInput(d.started.value);
	const startDay = utcToWall(started ?? Date.now(), zone ?? UTC).date;

	const change = (timeline: DraftTimelineEntry[], unparsedLines = d.unparsedLines.peek()) => {
		draft.set('timeline', timeline);
		draft.set('unparsedLines', unparsedLines);
	};
	const pages = Math.max(1, Math.ceil(entries.length / PAGE_SIZE));
	const current = Math.min(page.value, pages - 1);
	const first = current * PAGE_SIZE;
	const shown = entries.slice(first, first + PAGE_SIZE);
	const showEntry = (index: number) => (page.value = Math.floor(index / PAGE_SIZE));

	const addPasted = async () => {
		if (!zone) return announce(`“${zoneText.value}” is not a time zone; pasted lines were not added.`);
		const engine = await draft.readyEngine(announce);
		if (!engine) return;
		const result = engine.parseTimeline(pasted.value, {
			startDate: started === null ? startDay : toUtcInput(started),
			zone,
		});
		const before = d.timeline.peek();
		const added = result.entries.map((e) => ({ key: newKey(), ...e }));
		change([...before, ...added], [...d.unparsedLines.peek(), ...result.unparsed]);
		pasted.value = '';
		if (added.length) showEntry(before.length);
		const skipped = result.unparsed.length
			? ` ${result.unparsed.length} line(s) had no time that could be read; they are listed below.`
			: '';
		announce(`Added ${entryWord(added.length)}.${skipped}`);
	};
	const update = (index: number, entry: Partial<DraftTimelineEntry>) =>
		change(d.timeline.peek().map((e, i) => (i === index ? { ...e, ...entry } : e)));
	const move = (index: number, by: -1 | 1) => {
		const next = [...d.timeline.peek()];
		const [entry] = next.splice(index, 1);
		next.splice(index + by, 0, entry!);
		change(next);
		showEntry(index + by);
		announce(`Entry moved to position ${index + by + 1} of ${next.length}.`);
		// Keep focus on the button pressed unless the move made it disabled (first or last place).
		const target = index + by;
		const edge = by < 0 ? target === 0 : target === next.length - 1;
		focusLater(`pm-tl-${by < 0 !== edge ? 'up' : 'down'}-${entry!.key}`);
	};
	const remove = (index: number) => {
		const next = d.timeline.peek().filter((_, i) => i !== index);
		change(next);
		announce(`Entry ${index + 1} deleted.`);
		const neighbour = next[index] ?? next[index - 1];
		if (neighbour) showEntry(next.indexOf(neighbour));
		focusLater(neighbour ? `pm-tl-time-${neighbour.key}` : 'pm-tl-add');
	};
	const add = (event = '') => {
		const entry = { key: newKey(), time: '', event };
		const next = [...d.timeline.peek(), entry];
		change(next);
		showEntry(next.length - 1);
		focusLater(`pm-tl-time-${entry.key}`);
	};
	const sort = () => {
		change([...d.timeline.peek()].sort((a, b) => (a.time || '~').localeCompare(b.time || '~')));
		announce('Timeline sorted by time.');
	};

	const pager =
		pages > 1 ? (
			<nav class="pm-pager" aria-label="Timeline pages">
				<button
					type="button"
					class="tool-button pm-small"
					disabled={current === 0}
					onClick={() => (page.value = current - 1)}
				>
					Previous {PAGE_SIZE} entries
				</button>{' '}
				<button
					type="button"
					class="tool-button pm-small"
					disabled={current === pages - 1}
					onClick={() => (page.value = current + 1)}
				>
					Next {PAGE_SIZE} entries
				</button>
			</nav>
		) : null;

	return (
		<Section
			id="pm-timeline"
			legend="Timeline"
			prompt="Record what people saw and did, in order, as facts. What someone knew at the time matters more than what we know now."
		>
			<TextField
				id="pm-tl-paste"
				label="Paste a timeline"
				multiline
				rows={5}
				value={pasted.value}
				onInput={(text) => (pasted.value = text)}
				hint={
					<>
						One event per line. Lines such as “14:32 - Alert fired”, “2025-03-15 14:32 UTC …”, spreadsheet or CSV rows,
						and chat lines (“[14:32] alice: …” or “alice 2:32 PM” followed by the message) are all understood. Times
						without a date count from {startDay}
						{started !== null
							? `, the day impact started in ${zone ? describeTimeZone(zone) : 'that zone'} (a first line just before midnight goes on the day before),`
							: ' (today; set the impact start time above to change it),'}{' '}
						and move to the next day when the clock goes back.
					</>
				}
			/>
			<TextField
				id="pm-tl-zone"
				label="Pasted times are in"
				class="pm-inline"
				literal
				invalid={!zone}
				value={zoneText.value}
				onInput={(text) => (zoneText.value = text)}
				hint={
					zone
						? 'UTC, an offset such as +02:00 or -5, or a zone name such as Europe/Berlin, which also follows daylight saving. A line that says UTC stays in UTC.'
						: `“${zoneText.value}” is not a time zone: write UTC, an offset such as +02:00, or a zone name such as Europe/Berlin.`
				}
			/>
			<button type="button" class="tool-button" onClick={() => void addPasted()} disabled={pasted.value.trim() === ''}>
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
										draft.set(
											'unparsedLines',
											d.unparsedLines.peek().filter((_, j) => j !== i),
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
										draft.set(
											'unparsedLines',
											d.unparsedLines.peek().filter((_, j) => j !== i),
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

			<h3 id="pm-tl-entries">Entries ({entries.length.toLocaleString('en-GB')})</h3>
			{entries.length === 0 ? (
				<p>No entries yet. Paste a timeline above or add entries one by one.</p>
			) : (
				<>
					{pages > 1 && (
						<p role="status">
							Showing entries {first + 1}–{first + shown.length} of {entries.length.toLocaleString('en-GB')}.
						</p>
					)}
					<ol class="pm-rows" start={first + 1} aria-labelledby="pm-tl-entries">
						{shown.map((entry, j) => {
							const i = first + j;
							return (
								<li key={entry.key}>
									<fieldset>
										<legend>Entry {i + 1}</legend>
										<div class="pm-row">
											<TextField
												id={`pm-tl-time-${entry.key}`}
												label="Time (UTC)"
												type="datetime-local"
												value={entry.time}
												onInput={(time) => update(i, { time })}
											/>
											<TextField
												id={`pm-tl-event-${entry.key}`}
												label="What happened"
												class="pm-grow"
												value={entry.event}
												onInput={(event) => update(i, { event })}
											/>
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
							);
						})}
					</ol>
					{pager}
				</>
			)}
			<button type="button" class="tool-button" id="pm-tl-add" onClick={() => add()}>
				Add an entry
			</button>
			{entries.length > 1 && (
				<button type="button" class="tool-button" onClick={sort}>
					Sort by time
				</button>
			)}
		</Section>
	);
}
