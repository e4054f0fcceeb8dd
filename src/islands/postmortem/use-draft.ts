import { computed, effect, signal, useSignal } from '@preact/signals';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import {
	DRAFT_HANDOFF_KEY,
	emptyDraft,
	storeDraftMain,
	storeTimeline,
	type Draft,
} from '../../domain/postmortem/draft.ts';
import { deriveFacts } from '../../domain/postmortem/durations.ts';
import { afterPauseAndPaint } from '../kit/after-pause.ts';
import { readStored, removeStored, writeStored, type DamagedSave } from '../kit/storage.ts';
import { createDraftStore, peekDraft, readDraft, writeDraft, type DraftStore, type SetField } from './draft-store.ts';

export type Engine = typeof import('./on-demand.ts');

export const STORAGE_KEY = 'incident-handbook:postmortem-draft';
export const TIMELINE_STORAGE_KEY = `${STORAGE_KEY}:timeline`;

/**
 * Above this many timeline entries, saving and re-checking wait for a pause in typing (and saving also
 * happens when the tab is hidden or closed), so each keystroke stays instant. Below it, both happen on
 * every change, as a person would expect.
 */
export const LARGE_TIMELINE = 300;
const PAUSE_MS = 300;

const ENGINE_FAILED =
	'Part of the tool could not be loaded. Check the connection and reload the page; your draft was not changed.';

/**
 * The post-mortem tool's state: the draft, its saving and restoring in this browser (damaged saves are
 * kept until the person decides), the lazily loaded engine that checks and writes files, and undo for
 * anything that replaces the whole draft.
 */
export function useDraft() {
	const state = useMemo(() => {
		const store = createDraftStore(emptyDraft());
		const touched = signal(false);
		// Nothing is written to storage until the saved draft has been read, so a reload never wipes it.
		const restored = signal(false);
		const damaged = signal<DamagedSave | null>(null);
		const saveState = signal('');
		const engine = signal<Engine | null>(null);
		const undo = signal<{ label: string; draft: Draft } | null>(null);
		const large = computed(() => store.timeline.value.length > LARGE_TIMELINE);
		return { store, touched, restored, damaged, saveState, engine, undo, large };
	}, []);
	const { store, touched, restored, damaged, saveState, engine, undo, large } = state;
	/** The draft as of the last pause in typing: what the preview and the export checks read. */
	const settled = useSignal<Draft>(peekDraft(store));

	const set: SetField = (key, value) => {
		touched.value = true;
		store[key].value = value;
	};
	const replaceDraft = (next: Draft, label: string) => {
		undo.value = { label, draft: peekDraft(store) };
		touched.value = true;
		writeDraft(store, next);
	};
	const takeBack = () => {
		if (!undo.value) return;
		writeDraft(store, undo.value.draft);
		undo.value = null;
	};

	/** A draft the incident console left: it fills the form, and one already there stays behind Undo. */
	const takeHandoff = (importDraft: Engine['importDraft'], hadDraft: boolean) => {
		const text = readStored(DRAFT_HANDOFF_KEY);
		if (text === null) return;
		removeStored(DRAFT_HANDOFF_KEY);
		const handed = importDraft(text);
		if (!handed.ok) saveState.value = handed.error;
		else if (hadDraft) replaceDraft(handed.draft, 'the draft the incident console handed over');
		else {
			touched.value = true;
			writeDraft(store, handed.draft);
		}
	};

	const restoreSaved = (importStoredDraft: Engine['importStoredDraft'], importDraft: Engine['importDraft']) => {
		if (restored.value) return;
		const main = readStored(STORAGE_KEY);
		let hadDraft = false;
		if (main !== null) {
			const timeline = readStored(TIMELINE_STORAGE_KEY);
			const parsed = importStoredDraft(main, timeline);
			if (parsed.ok && !touched.value) {
				writeDraft(store, parsed.draft);
				hadDraft = true;
				saveState.value = 'Your draft from an earlier visit was restored.';
				// A restored draft is one that gets exported; its checks and preview can follow once the page is idle.
				(window.requestIdleCallback ?? setTimeout)(() => wantEngine());
			} else if (parsed.ok) {
				// Typing began before the saved draft was read: keep what was typed, offer the saved one back.
				undo.value = { label: 'what you typed while the page loaded', draft: parsed.draft };
			} else damaged.value = { error: parsed.error, raw: timeline === null ? main : `${main}\n\n${timeline}` };
		}
		takeHandoff(importDraft, hadDraft || touched.value);
		restored.value = true;
	};

	// The engine (validation, serialisers, YAML) is most of the tool's script. It is loaded when the form
	// is first touched or when the preview comes into view, so opening the page stays light. A saved draft
	// is read by the small draft reader alone, so it is back on screen before the engine arrives. A failed
	// load is forgotten, so the next use tries again, and a saved draft is restored by whichever load
	// succeeds first.
	const pendingEngine = useRef<Promise<Engine> | null>(null);
	const loadEngine = () => {
		pendingEngine.current ??= import('./on-demand.ts').then(
			(loaded) => {
				restoreSaved(loaded.importStoredDraft, loaded.importDraft);
				return (engine.value = loaded);
			},
			(error: unknown) => {
				pendingEngine.current = null;
				throw error;
			},
		);
		return pendingEngine.current;
	};
	const wantEngine = () => void loadEngine().catch(() => (saveState.value = ENGINE_FAILED));
	/** The engine for an action the person asked for; null (and the reason shown) when it cannot load. */
	const readyEngine = async (onFailure: (reason: string) => void): Promise<Engine | null> => {
		try {
			return await loadEngine();
		} catch {
			onFailure(ENGINE_FAILED);
			return null;
		}
	};

	// The reader of a saved draft is fetched while the form hydrates, not after: effects wait for a
	// painted frame, which a busy page is slow to give.
	const reader = useMemo(
		() =>
			readStored(STORAGE_KEY) === null && readStored(DRAFT_HANDOFF_KEY) === null
				? null
				: import('../../domain/postmortem/draft-schema.ts'),
		[],
	);
	useEffect(() => {
		if (!reader) restored.value = true;
		else
			reader.then(
				({ importStoredDraft, importDraft }) => restoreSaved(importStoredDraft, importDraft),
				() => (saveState.value = ENGINE_FAILED),
			);
	}, []);

	useEffect(() => {
		const saving = () => !restored.value || damaged.value !== null || !touched.value;
		const report = (ok: boolean) =>
			(saveState.value = ok
				? 'All changes are saved in this browser.'
				: 'This browser refused to save the draft (storage full or blocked). Export it as JSON to keep it.');
		const pending = new Map<string, () => string>();
		let cancelWait = () => {};
		const flush = () => {
			cancelWait();
			if (pending.size === 0 || saving()) return;
			let ok = true;
			for (const [key, text] of pending) ok = writeStored(key, text()) && ok;
			pending.clear();
			report(ok);
		};
		const save = (key: string, text: () => string) => {
			pending.set(key, text);
			if (!large.peek()) return flush();
			cancelWait();
			cancelWait = afterPauseAndPaint(flush, PAUSE_MS);
		};
		const { timeline: _timeline, ...rest } = store;
		const stopMain = effect(() => {
			const fields = Object.fromEntries(Object.entries(rest).map(([key, field]) => [key, field.value]));
			if (saving()) return;
			save(STORAGE_KEY, () => storeDraftMain({ ...(fields as Omit<Draft, 'timeline'>), timeline: [] }));
		});
		const stopTimeline = effect(() => {
			const timeline = store.timeline.value;
			if (saving()) return;
			save(TIMELINE_STORAGE_KEY, () => storeTimeline(timeline));
		});
		const stopSettling = effect(() => {
			const draft = readDraft(store);
			if (!large.value) return void (settled.value = draft);
			return afterPauseAndPaint(() => (settled.value = draft), PAUSE_MS);
		});
		const onHide = () => document.visibilityState === 'hidden' && flush();
		addEventListener('pagehide', flush);
		document.addEventListener('visibilitychange', onHide);
		return () => {
			flush();
			stopMain();
			stopTimeline();
			stopSettling();
			removeEventListener('pagehide', flush);
			document.removeEventListener('visibilitychange', onHide);
		};
	}, []);

	const discardDamaged = () => {
		removeStored(STORAGE_KEY);
		removeStored(TIMELINE_STORAGE_KEY);
		// Saving waits on this signal, so whatever was typed meanwhile is saved now, and every change after it.
		damaged.value = null;
	};

	const derived = useMemo(
		() => ({
			/** Names the blameless hints must not treat as a system: the commander, the authors, the owners. */
			people: computed(() =>
				[store.commander.value, ...store.authors.value, ...store.actionItems.value.map((a) => a.owner)].filter((n) =>
					n.trim(),
				),
			),
			services: computed(() => store.services.value.map((s) => s.trim()).filter(Boolean)),
			facts: computed(() =>
				deriveFacts(
					{
						started: store.started.value,
						detected: store.detected.value,
						acknowledged: store.acknowledged.value,
						mitigated: store.mitigated.value,
						resolved: store.resolved.value,
					},
					store.timeline.value.map((e) => e.time),
				),
			),
		}),
		[],
	);

	return {
		store: store as DraftStore,
		set,
		replaceDraft,
		takeBack,
		undo,
		settled,
		engine,
		wantEngine,
		readyEngine,
		damaged,
		discardDamaged,
		saveState,
		...derived,
	};
}

export type DraftState = ReturnType<typeof useDraft>;
