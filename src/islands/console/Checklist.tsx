import type { ChecklistItem } from '../../domain/console/checklists.ts';
import { timeOf } from '../../domain/time/relative.ts';
import { addEntry } from '../../domain/console/incident.ts';
import type { PanelProps } from './context.ts';

/** A checklist from the model; ticking an item logs it, with its time and who ticked it. */
export function Checklist({
	items,
	legend,
	change,
	state,
}: Pick<PanelProps, 'change' | 'state'> & { items: ChecklistItem[]; legend: string }) {
	const done = items.filter((i) => i.done).length;
	return (
		<fieldset class="console-checklist">
			<legend>
				{legend} ({done} of {items.length} done)
			</legend>
			{items.map((item) => (
				<div key={item.id} class="console-check">
					<label>
						<input
							type="checkbox"
							checked={item.done !== null}
							onChange={(e) => {
								const ticked = e.currentTarget.checked;
								change((i, now, author) =>
									addEntry(i, { kind: 'check', item: item.id, done: ticked, text: item.text }, now, author),
								);
							}}
						/>{' '}
						{item.text}
					</label>
					{item.done && (
						<span class="tool-hint">
							{' '}
							done at {timeOf(item.done.at, state.minute.value)}
							{item.done.author && ` by ${item.done.author}`}
						</span>
					)}
				</div>
			))}
		</fieldset>
	);
}
