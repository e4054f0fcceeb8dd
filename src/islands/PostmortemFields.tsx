import type { ComponentChildren } from 'preact';
import { findBlameHints } from '../domain/postmortem/blameless.ts';

/** A labelled text input or textarea with an optional hint, both wired to the control for screen readers. */
export function TextField(props: {
	id: string;
	label: string;
	value: string;
	onInput: (value: string) => void;
	hint?: string;
	multiline?: boolean;
	rows?: number;
	type?: 'text' | 'number' | 'datetime-local' | 'date' | 'url';
	required?: boolean;
	children?: ComponentChildren;
}) {
	const hintId = props.hint ? `${props.id}-hint` : undefined;
	const common = {
		id: props.id,
		value: props.value,
		'aria-describedby': hintId,
		'aria-required': props.required || undefined,
		onInput: (e: Event) => props.onInput((e.currentTarget as HTMLInputElement).value),
	};
	return (
		<div class="tool-field">
			<label for={props.id}>{props.label}</label>
			{props.hint && (
				<p class="tool-hint" id={hintId}>
					{props.hint}
				</p>
			)}
			{props.multiline ? (
				<textarea rows={props.rows ?? 3} {...common} />
			) : (
				<input type={props.type ?? 'text'} {...common} />
			)}
			{props.children}
		</div>
	);
}

export function SelectField(props: {
	id: string;
	label: string;
	value: string;
	options: readonly { value: string; label: string }[];
	onChange: (value: string) => void;
	placeholder?: string;
}) {
	return (
		<div class="tool-field">
			<label for={props.id}>{props.label}</label>
			<select
				id={props.id}
				value={props.value}
				onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value)}
			>
				{props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
				{props.options.map((o) => (
					<option key={o.value} value={o.value}>
						{o.label}
					</option>
				))}
			</select>
		</div>
	);
}

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

/** Lists edited as one item per line; split and joined without trimming so typing is never disturbed. */
export const linesOf = (items: readonly string[]) => items.join('\n');
export const fromLines = (text: string) => text.split('\n');
/** Comma-separated lists, same rule: what was typed comes back exactly. */
export const commaOf = (items: readonly string[]) => items.join(',');
export const fromComma = (text: string) => (text === '' ? [] : text.split(','));
