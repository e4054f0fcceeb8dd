import type { ComponentChildren } from 'preact';

/** One fieldset per template section, with the blameless prompt for that section beside its fields. */
export function Section(props: { id: string; legend: string; prompt: string; children: ComponentChildren }) {
	return (
		<fieldset class="tool-fieldset pm-section" id={props.id}>
			{/* A heading inside the legend lets screen-reader users jump between sections by heading. */}
			<legend>
				<h2>{props.legend}</h2>
			</legend>
			<p class="pm-prompt">{props.prompt}</p>
			{props.children}
		</fieldset>
	);
}
