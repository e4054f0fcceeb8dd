import { TextField } from '../../kit/fields.tsx';
import { BlameHints } from '../BlameHints.tsx';
import { fromLines, linesOf } from '../list-text.ts';
import { Section } from '../Section.tsx';
import type { DraftState } from '../use-draft.ts';

/** The systemic cause and what made it possible or worse. */
export function CauseSection({ draft }: { draft: DraftState }) {
	const { store: d, set } = draft;
	const hints = (text: string) => <BlameHints draft={draft} text={text} />;
	return (
		<Section
			id="pm-cause"
			legend="Root cause and contributing factors"
			prompt="Look for the condition in the system that made the failure possible. A person is never the root cause."
		>
			<TextField
				id="pm-root"
				label="Root cause"
				multiline
				value={d.rootCause.value}
				onInput={(v) => set('rootCause', v)}
				required
			>
				{hints(d.rootCause.value)}
			</TextField>
			<TextField
				id="pm-factors"
				label="Contributing factors"
				multiline
				value={linesOf(d.contributingFactors.value)}
				onInput={(v) => set('contributingFactors', fromLines(v))}
				hint="One per line."
			>
				{hints(d.contributingFactors.value.join('\n'))}
			</TextField>
		</Section>
	);
}
