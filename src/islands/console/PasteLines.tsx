import { useSignal } from '@preact/signals';
import { addEntry } from '../../domain/console/incident.ts';
import { parseUtcInput, toUtcInput } from '../../domain/time/clock.ts';
import { TextField } from '../kit/fields.tsx';
import type { PanelProps } from './context.ts';

/**
 * Chat lines and timelines pasted as they come, read by the post-mortem tool's timeline reader (loaded on
 * first use). Lines without a readable time stay in the box, so nothing pasted is lost.
 */
export function PasteLines({ incident, change, announce }: PanelProps) {
	const text = useSignal('');
	const result = useSignal('');

	async function add() {
		let parseTimeline: typeof import('../../domain/postmortem/timeline.ts').parseTimeline;
		try {
			({ parseTimeline } = await import('../../domain/postmortem/timeline.ts'));
		} catch {
			result.value = 'The reader for pasted lines could not be loaded. Check the connection and try again.';
			return;
		}
		const start = incident.facts.impactStarted.value ?? incident.declaredAt;
		const { entries, unparsed } = parseTimeline(text.value, { startDate: toUtcInput(start) });
		change((i, now, author) =>
			entries.reduce(
				(acc, e) =>
					addEntry(
						acc,
						{ kind: 'note', text: e.event, marker: null, done: false, at: parseUtcInput(e.time)! },
						now,
						author,
					),
				i,
			),
		);
		text.value = unparsed.join('\n');
		result.value = `Added ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}.${
			unparsed.length
				? ` ${unparsed.length} ${unparsed.length === 1 ? 'line has' : 'lines have'} no time it could read; ${unparsed.length === 1 ? 'it stays' : 'they stay'} in the box.`
				: ''
		}`;
		announce(result.value);
	}

	return (
		<details class="console-details">
			<summary>Paste chat lines or a timeline</summary>
			<TextField
				id="console-paste"
				label="Lines to add"
				multiline
				rows={5}
				value={text.value}
				onInput={(v) => (text.value = v)}
				hint="For example [14:32] alice: rolled back, or 14:32 - Alert fired. Times are UTC unless a line says otherwise; lines with only a time go on the day impact started."
			/>
			<button type="button" class="tool-button" onClick={() => void add()} disabled={!text.value.trim()}>
				Add to the log
			</button>
			{result.value && <p role="status">{result.value}</p>}
		</details>
	);
}
