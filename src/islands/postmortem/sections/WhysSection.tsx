import { newKey, type DraftFiveWhy } from '../../../domain/postmortem/draft.ts';
import { BlameHints } from '../BlameHints.tsx';
import { focusLater } from '../../kit/focus.ts';
import { TextField } from '../../kit/fields.tsx';
import { Section } from '../Section.tsx';
import type { DraftState } from '../use-draft.ts';

/** Question and answer pairs; each answer is checked for wording that blames a person. */
export function WhysSection({ draft }: { draft: DraftState }) {
	const rows = draft.store.fiveWhys.value;
	const onChange = (next: DraftFiveWhy[]) => draft.set('fiveWhys', next);
	const update = (i: number, change: Partial<DraftFiveWhy>) =>
		onChange(draft.store.fiveWhys.peek().map((r, j) => (j === i ? { ...r, ...change } : r)));
	const add = () => {
		const row = { key: newKey(), why: '', because: '' };
		onChange([...rows, row]);
		focusLater(`pm-why-${row.key}`);
	};
	return (
		<Section
			id="pm-whys"
			legend="Five whys"
			prompt="Keep asking why until the answer is something the team can change. If an answer names a person, ask why the system let that happen."
		>
			<ol class="pm-rows">
				{rows.map((row, i) => (
					<li key={row.key}>
						<fieldset>
							<legend>Why {i + 1}</legend>
							<TextField
								id={`pm-why-${row.key}`}
								label="Question"
								value={row.why}
								onInput={(why) => update(i, { why })}
							/>
							<TextField
								id={`pm-because-${row.key}`}
								label="Because"
								value={row.because}
								onInput={(because) => update(i, { because })}
							>
								<BlameHints draft={draft} text={`${row.why}\n${row.because}`} />
							</TextField>
							<button
								type="button"
								class="tool-button pm-small"
								onClick={() => {
									onChange(rows.filter((_, j) => j !== i));
									focusLater('pm-why-add');
								}}
							>
								Delete<span class="sr-only"> why {i + 1}</span>
							</button>
						</fieldset>
					</li>
				))}
			</ol>
			<button type="button" class="tool-button" id="pm-why-add" onClick={add}>
				Add a why
			</button>
		</Section>
	);
}
