import type { Draft } from '../../domain/postmortem/draft.ts';
import { TextField } from '../kit/fields.tsx';
import { BlameHints } from './BlameHints.tsx';
import { fromLines, linesOf } from './list-text.ts';
import type { DraftState } from './use-draft.ts';

type TextKey = { [K in keyof Draft]: Draft[K] extends string ? K : never }[keyof Draft];
type ListKey = { [K in keyof Draft]: Draft[K] extends string[] ? K : never }[keyof Draft];

interface Props<K> {
	draft: DraftState;
	field: K;
	id: string;
	label: string;
	hint?: string;
	required?: boolean;
	rows?: number;
	/** Show the blameless-language hints under the field: for prose about what people did. */
	blameless?: boolean;
}

/** A free-text draft field, written as typed. */
export function DraftText({ draft, field, blameless, ...shown }: Props<TextKey>) {
	const value = draft.store[field].value;
	return (
		<TextField {...shown} multiline value={value} onInput={(text) => draft.set(field, text)}>
			{blameless && <BlameHints draft={draft} text={value} />}
		</TextField>
	);
}

/** A list draft field edited one item per line; what was typed comes back exactly. */
export function DraftLines({ draft, field, blameless, hint = 'One per line.', ...shown }: Props<ListKey>) {
	const items = draft.store[field].value;
	return (
		<TextField
			{...shown}
			hint={hint}
			multiline
			value={linesOf(items)}
			onInput={(text) => draft.set(field, fromLines(text))}
		>
			{blameless && <BlameHints draft={draft} text={items.join('\n')} />}
		</TextField>
	);
}
