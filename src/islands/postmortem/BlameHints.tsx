import { findBlameHints } from '../../domain/postmortem/blameless.ts';

/** Blameless wording hints for one field; advice only, export never depends on them. */
export function BlameHints(props: { text: string; names: readonly string[]; services: readonly string[] }) {
	const hints = findBlameHints(props.text, props.names, props.services);
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
