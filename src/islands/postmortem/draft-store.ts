import { batch, signal, type Signal } from '@preact/signals';
import type { Draft } from '../../domain/postmortem/draft.ts';

/**
 * The draft as one signal per field, so typing in one field re-renders only the section that shows it:
 * with thousands of timeline entries, re-rendering everything on each keystroke froze the tool.
 */
export type DraftStore = { readonly [K in keyof Draft]: Signal<Draft[K]> };

export function createDraftStore(draft: Draft): DraftStore {
	return Object.fromEntries(Object.entries(draft).map(([key, value]) => [key, signal(value)])) as DraftStore;
}

/** The whole draft; read inside a component or effect, it subscribes to every field. */
export function readDraft(store: DraftStore): Draft {
	return Object.fromEntries(Object.entries(store).map(([key, field]) => [key, field.value])) as unknown as Draft;
}

/** The whole draft without subscribing to anything. */
export function peekDraft(store: DraftStore): Draft {
	return Object.fromEntries(Object.entries(store).map(([key, field]) => [key, field.peek()])) as unknown as Draft;
}

export function writeDraft(store: DraftStore, draft: Draft): void {
	batch(() => {
		for (const key of Object.keys(store) as (keyof Draft)[]) (store[key] as Signal<unknown>).value = draft[key];
	});
}

/** Sets one field; the setter sections receive, so none of them needs the whole store. */
export type SetField = <K extends keyof Draft>(key: K, value: Draft[K]) => void;
