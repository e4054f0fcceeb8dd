import type { DraftState } from './use-draft.ts';

/**
 * Blameless wording hints for one field; advice only, export never depends on them. The wording rules
 * arrive with the engine, on the first touch of the form, so the form itself stays light.
 */
export function BlameHints(props: { draft: DraftState; text: string }) {
	const engine = props.draft.engine.value;
	if (!engine) return null;
	const hints = engine.findBlameHints(props.text, props.draft.people.value, props.draft.services.value);
	if (hints.length === 0) return null;
	return (
		<ul class="tool-warning" aria-label="Blameless wording hints">
			{hints.map((h, i) => (
				<li key={i}>
					<strong>“{h.phrase}”</strong>: {h.reason} {h.suggestion}
				</li>
			))}
		</ul>
	);
}
