import { DraftLines, DraftText } from '../DraftField.tsx';
import { Section } from '../Section.tsx';
import type { DraftState } from '../use-draft.ts';

/** The systemic cause and what made it possible or worse. */
export function CauseSection({ draft }: { draft: DraftState }) {
	return (
		<Section
			id="pm-cause"
			legend="Root cause and contributing factors"
			prompt="Look for the condition in the system that made the failure possible. A person is never the root cause."
		>
			<DraftText draft={draft} field="rootCause" id="pm-root" label="Root cause" required blameless />
			<DraftLines draft={draft} field="contributingFactors" id="pm-factors" label="Contributing factors" blameless />
		</Section>
	);
}
