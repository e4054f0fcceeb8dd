import { DraftLines } from '../DraftField.tsx';
import { Section } from '../Section.tsx';
import type { DraftState } from '../use-draft.ts';

/** What went well, what went poorly, and where luck rather than design limited the damage. */
export function LessonsSection({ draft }: { draft: DraftState }) {
	return (
		<Section
			id="pm-lessons"
			legend="What went well, what went poorly, where we got lucky"
			prompt="Credit what worked so it is kept. Name luck honestly: luck is not a control."
		>
			<DraftLines draft={draft} field="wentWell" id="pm-well" label="What went well" />
			<DraftLines draft={draft} field="wentPoorly" id="pm-poorly" label="What went poorly" blameless />
			<DraftLines draft={draft} field="lucky" id="pm-lucky" label="Where we got lucky" />
		</Section>
	);
}
