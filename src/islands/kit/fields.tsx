import type { ComponentChildren } from 'preact';

/**
 * A labelled text input or textarea with an optional hint, both wired to the control for screen readers.
 * The hint comes before the control, so it is read before anyone types; children (a "Now" button, a
 * datalist) come after it.
 */
export function TextField(props: {
	id: string;
	label: string;
	value: string;
	onInput?: (value: string) => void;
	/** When the value is final (the field is left, or Enter pressed in a one-line field): for saving once, not per key. */
	onChange?: (value: string) => void;
	hint?: ComponentChildren;
	multiline?: boolean;
	rows?: number;
	type?: 'text' | 'number' | 'datetime-local' | 'date' | 'url';
	required?: boolean;
	readOnly?: boolean;
	/** Set when the text is the value's own spelling (a zone name, an id): no autocomplete, no spellcheck. */
	literal?: boolean;
	invalid?: boolean;
	list?: string;
	class?: string;
	onFocus?: () => void;
	children?: ComponentChildren;
}) {
	const hintId = props.hint ? `${props.id}-hint` : undefined;
	const { onInput, onChange } = props;
	const common = {
		id: props.id,
		value: props.value,
		readOnly: props.readOnly,
		autocomplete: props.literal ? 'off' : undefined,
		spellcheck: props.literal ? false : undefined,
		'aria-describedby': hintId,
		'aria-required': props.required || undefined,
		'aria-invalid': props.invalid ? ('true' as const) : undefined,
		onInput: onInput && ((e: Event) => onInput((e.currentTarget as HTMLInputElement).value)),
		onChange: onChange && ((e: Event) => onChange((e.currentTarget as HTMLInputElement).value)),
		onFocus: props.onFocus,
	};
	return (
		<div class={props.class ? `tool-field ${props.class}` : 'tool-field'}>
			<label for={props.id}>{props.label}</label>
			{props.hint && (
				<p class="tool-hint" id={hintId}>
					{props.hint}
				</p>
			)}
			{props.multiline ? (
				<textarea rows={props.rows ?? 3} {...common} />
			) : (
				<input type={props.type ?? 'text'} list={props.list} {...common} />
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
	hint?: ComponentChildren;
}) {
	const hintId = props.hint ? `${props.id}-hint` : undefined;
	return (
		<div class="tool-field">
			<label for={props.id}>{props.label}</label>
			{props.hint && (
				<p class="tool-hint" id={hintId}>
					{props.hint}
				</p>
			)}
			<select
				id={props.id}
				value={props.value}
				aria-describedby={hintId}
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
