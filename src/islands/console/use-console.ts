import { batch, computed, signal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import type { Format } from '../../domain/comms/format.ts';
import { readConsoleQuery, type ReadAddress } from '../../domain/console/address.ts';
import type { ConsoleModel } from '../../domain/console/console-model.ts';
import { STORAGE_PREFIX, storeIncident, type Incident } from '../../domain/console/incident.ts';
import { canonicalJson, mergeIncidents } from '../../domain/console/merge.ts';
import { readStored, removeStored, storedKeys, writeStored, type DamagedSave } from '../kit/storage.ts';

export type Schema = typeof import('../../domain/console/incident-schema.ts');

/** Where the person's name is kept: the log says who wrote each entry, and nobody should type it twice. */
export const NAME_KEY = 'incident-handbook:console:name';
/** Whether this browser should show a desktop notification when an update falls overdue. */
export const NOTIFY_KEY = 'incident-handbook:console:notify';
const CHANNEL = 'incident-handbook:console';
const keyOf = (id: string) => `${STORAGE_PREFIX}${id}`;
const SCHEMA_FAILED = 'Part of the console could not be loaded. Check the connection and reload the page.';

type Message = { id: string; text: string } | { id: string; removed: true };

/**
 * The console's state: every incident kept in this browser, which one is open, the ticking clock and the
 * person's name. Each incident is saved under its own key as soon as it changes, merged with whatever
 * another tab saved there first, and sent to the other tabs, which merge it into theirs; since merging
 * loses nothing and gives the same result in any order, tabs that write at the same moment keep both.
 * Saved text is read with the schema, which is loaded only when there is something to read.
 */
export function createConsole(model: ConsoleModel) {
	const incidents = signal<Record<string, Incident>>({});
	const damaged = signal<Record<string, DamagedSave>>({});
	// Until the page has hydrated, the state is what the server rendered: no saved incidents, no address,
	// no name. What this browser holds is read in `start`, so hydration never meets values it would not apply.
	const loaded = signal(true);
	const problem = signal('');
	const address = signal<ReadAddress>({ notes: [] });
	const openId = signal<string | null>(null);
	/** Re-read from the wall clock on every tick: timers in background tabs run late, the clock does not. */
	const now = signal(Date.now());
	/** The clock to the minute, for what only changes once a minute (messages, briefs). */
	const minute = computed(() => Math.floor(now.value / 60_000) * 60_000);
	const name = signal('');
	const notify = signal(false);
	const format = signal<Format>('plain');
	/** Set when an incident is opened by declaring or importing it: its heading takes focus once it is on screen. */
	const focusHeading = signal(false);
	/** The comms template the update writer shows; empty for the default of its audience. */
	const template = signal('');
	const open = computed(() => (openId.value ? incidents.value[openId.value] : undefined));
	/** What this tab last wrote or saw under each key; while storage still holds it, a save needs no merge. */
	const written = new Map<string, string>();
	let channel: BroadcastChannel | null = null;
	let schema: Schema | null = null;
	let pendingSchema: Promise<Schema> | null = null;

	const loadSchema = () =>
		(pendingSchema ??= import('../../domain/console/incident-schema.ts').then(
			(loaded) => (schema = loaded),
			(error: unknown) => {
				pendingSchema = null;
				problem.value = SCHEMA_FAILED;
				throw error;
			},
		));

	const put = (incident: Incident) => (incidents.value = { ...incidents.value, [incident.id]: incident });

	/** Saves an incident, first merging in anything another tab saved under its key, then tells the other tabs. */
	function save(incident: Incident, s: Schema | null = schema): void {
		const key = keyOf(incident.id);
		if (damaged.value[key]) return;
		const stored = readStored(key);
		let merged = incident;
		if (stored !== null && stored !== written.get(key)) {
			if (!s)
				return void loadSchema().then(
					(loaded) => save(incidents.value[incident.id] ?? incident, loaded),
					() => {},
				);
			const read = s.readIncident(stored);
			if (!read.ok) {
				damaged.value = { ...damaged.value, [key]: { error: read.error, raw: stored } };
				return;
			}
			merged = mergeIncidents(read.incident, incident);
			if (canonicalJson(merged) !== canonicalJson(incident)) put(merged);
		}
		const text = storeIncident(merged);
		if (!writeStored(key, text)) {
			problem.value = 'This browser refused to save the incident (storage full or blocked). Export it to keep a copy.';
		}
		written.set(key, text);
		channel?.postMessage({ id: merged.id, text } satisfies Message);
	}

	/** An incident another tab saved: merged into ours, and saved again only if we knew something it did not. */
	function receive(message: Message, s: Schema) {
		const key = keyOf(message.id);
		if ('removed' in message) {
			const { [message.id]: _, ...rest } = incidents.value;
			incidents.value = rest;
			written.delete(key);
			return;
		}
		const read = s.readIncident(message.text);
		if (!read.ok) return;
		const local = incidents.value[message.id];
		const merged = local ? mergeIncidents(local, read.incident) : read.incident;
		const text = canonicalJson(merged);
		if (!local || text !== canonicalJson(local)) put(merged);
		if (text !== canonicalJson(read.incident)) save(merged, s);
		else written.set(key, message.text);
	}

	function readAll(s: Schema) {
		const found: Record<string, Incident> = {};
		const broken: Record<string, DamagedSave> = {};
		for (const key of storedKeys(STORAGE_PREFIX)) {
			const raw = readStored(key);
			if (raw === null) continue;
			const read = s.readIncident(raw);
			if (read.ok) {
				found[read.incident.id] = read.incident;
				written.set(key, raw);
			} else broken[key] = { error: read.error, raw };
		}
		batch(() => {
			incidents.value = { ...found, ...incidents.value };
			damaged.value = broken;
		});
	}

	function start() {
		const saved = storedKeys(STORAGE_PREFIX).length > 0;
		batch(() => {
			address.value = readConsoleQuery(
				location.search,
				model.levels.map((l) => l.id),
			);
			openId.value = address.value.incident ?? null;
			name.value = readStored(NAME_KEY) ?? '';
			notify.value = readStored(NOTIFY_KEY) === 'on';
			loaded.value = !saved;
		});
		if (typeof BroadcastChannel === 'function') {
			channel = new BroadcastChannel(CHANNEL);
			channel.onmessage = (event: MessageEvent<Message>) =>
				void loadSchema().then(
					(s) => receive(event.data, s),
					() => {},
				);
		}
		if (saved)
			void loadSchema().then(
				(s) => {
					readAll(s);
					loaded.value = true;
				},
				() => {},
			);
		const tick = () => (now.value = Date.now());
		const timer = setInterval(tick, 1000);
		const onVisible = () => document.visibilityState === 'visible' && tick();
		const onPop = () => (openId.value = readConsoleQuery(location.search, []).incident ?? null);
		document.addEventListener('visibilitychange', onVisible);
		addEventListener('popstate', onPop);
		return () => {
			clearInterval(timer);
			document.removeEventListener('visibilitychange', onVisible);
			removeEventListener('popstate', onPop);
			channel?.close();
		};
	}

	return {
		incidents,
		damaged,
		loaded,
		problem,
		openId,
		open,
		address,
		now,
		minute,
		name,
		notify,
		format,
		template,
		focusHeading,
		start,
		loadSchema,
		/** Applies a change to an incident as of now and saves it. */
		change(id: string, edit: (incident: Incident, now: number) => Incident) {
			const incident = incidents.value[id];
			if (!incident) return;
			const next = edit(incident, Date.now());
			put(next);
			save(next);
		},
		/** A new or imported incident: merged with any copy already here, saved, and kept from eviction. */
		add(incident: Incident) {
			const known = incidents.value[incident.id];
			const next = known ? mergeIncidents(known, incident) : incident;
			put(next);
			save(next);
			// Browsers may clear a site's storage when space runs low, unless the site asked to keep it.
			void navigator.storage?.persist?.().catch(() => false);
			return next;
		},
		remove(id: string) {
			const { [id]: _, ...rest } = incidents.value;
			incidents.value = rest;
			removeStored(keyOf(id));
			written.delete(keyOf(id));
			channel?.postMessage({ id, removed: true } satisfies Message);
		},
		discardDamaged(key: string) {
			removeStored(key);
			const { [key]: _, ...rest } = damaged.value;
			damaged.value = rest;
		},
		setName(value: string) {
			name.value = value;
			writeStored(NAME_KEY, value);
		},
		setNotify(on: boolean) {
			notify.value = on;
			writeStored(NOTIFY_KEY, on ? 'on' : 'off');
		},
		/** Shows one incident (or the list), keeping the address in step so a reload or a new tab opens the same. */
		navigate(id: string | null) {
			openId.value = id;
			address.value = { notes: [] };
			history.pushState(null, '', id ? `?incident=${encodeURIComponent(id)}` : location.pathname);
		},
	};
}

export type ConsoleState = ReturnType<typeof createConsole>;

export function useConsole(model: ConsoleModel): ConsoleState {
	const state = useMemo(() => createConsole(model), []);
	useEffect(() => state.start(), []);
	return state;
}
