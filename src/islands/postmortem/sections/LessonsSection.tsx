import { TextField } from '../../kit/fields.tsx';
import { BlameHints } from '../BlameHints.tsx';
import { fromLines, linesOf } from '../list-text.ts';
import { Section } from '../Section.tsx';
import type { DraftState } from '../use-draft.ts';

/** What went well, what went poorly, and where luck rather than design limited the damage. */
export function LessonsSection({ draft }: { draft: DraftState }) {
	const { store: d, set } = draft;
	return (
		<Section
			id="pm-lessons"
			legend="What went well, what went poorly, where we got lucky"
			prompt="Credit what worked so it is kept. Name luck honestly: luck is not a control."
		>
			<TextField
				id="pm-well"
				label="What went well"
				multiline
				value={linesOf(d.wentWell.value)}
				onInput={(v) => set('wentWell', fromLines(v))}
				hint="One per line."
			/>
			<TextField
				id="pm-poorly"
				label="What went poorly"
				multiline
				value={linesOf(d.wentPoorly.value)}
				onInput={(v) => set('wentPoorly', fromLines(v))}
				hint="One per line."
			>
				<BlameHints draft={draft} text={d.wentPoorly.value.join('\n')} />
			</TextField>
			<TextField
				id="pm-lucky"
				label="Where we got lucky"
				multiline
				value={linesOf(d.lucky.value)}
				onInput={(v) => set('lucky', fromLines(v))}
				hint="One per line."
			/>
		</Section>
	);
}
