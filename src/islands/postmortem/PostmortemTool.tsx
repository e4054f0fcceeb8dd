import { useComputed, useSignal, useSignalEffect } from '@preact/signals';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import {
	DETECTIONS,
	emptyDraft,
	exportDraft,
	STATUSES,
	TIMESTAMP_FIELDS,
	type Draft,
} from '../domain/postmortem/draft.ts';
import type { ArchiveListing } from '../domain/postmortem/archive-listing.ts';
import {
	deriveFacts,
	formatMinutes,
	suggestTimestamps,
	TIMESTAMP_LABELS,
} from '../domain/postmortem/durations.ts';
import { FiveWhys, ActionItems } from './PostmortemActions.tsx';
import {
	BlameHints,
	commaOf,
	fromComma,
	fromLines,
	linesOf,
	Section,
	SelectField,
	TextField,
} from './PostmortemFields.tsx';
import PostmortemArchivePicker from './PostmortemArchivePicker.tsx';
import PostmortemOutput, { type Engine } from './PostmortemOutput.tsx';
import PostmortemTimeline from './PostmortemTimeline.tsx';
import { announceIn } from './announce.ts';

export const STORAGE_KEY = 'incident-handbook:postmortem-draft';

interface Option {
	id: string;
	label: string;
}

interface Props {
	levels: Option[];
	triggers: Option[];
	runbooks: { id: string; title: string }[];
	/** Where the archive's JSON lives: `index.json` lists it, `${id}.json` holds each post-mortem. */
	archiveBase: string;
	repository?: string;
	/** Branch the pull-request link targets. */
	branch: string;
	/** The model's post-mortem deadline as it reads in a sentence, e.g. "within 48 hours". */
	deadline: string;
}

function readStorage(): string | null {
	try {
		return localStorage.getItem(STORAGE_KEY);
	} catch {
		return null;
	}
}

function saveFile(name: string, text: string, type: string) {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const DETECTION_LABELS: Record<(typeof DETECTIONS)[number], string> = {
	alert: 'An alert',
	'customer-report': 'A customer report',
	'internal-report': 'A report from inside the company',
};

const IMPACT_FIELDS: [keyof Draft['impact'], string, string][] = [
	['usersAffected', 'pm-users', 'Users affected'],
	['userShare', 'pm-share', 'Share of users affected (%)'],
	['revenueEstimate', 'pm-revenue', 'Revenue estimate'],
	['slaMinutes', 'pm-sla', 'Minutes against the SLA'],
];

const ENGINE_FAILED =
	'Part of the tool could not be loaded. Check the connection and reload the page; your draft was not changed.';

/** Turns what the team knows after an incident into an archive-ready post-mortem file. */
export default function PostmortemTool({
	levels,
	triggers,
	runbooks,
	archiveBase,
	repository,
	branch,
	deadline,
}: Props) {
	const initial = useMemo(emptyDraft, []);
	const draft = useSignal<Draft>(initial);
	const engine = useSignal<Engine | null>(null);
	// Nothing is written to storage until the saved draft has been read, so a reload never wipes it.
	const restored = useSignal(false);
	const damaged = useSignal<{ error: string; raw: string } | null>(null);
	const saveState = useSignal('');
	const announcement = useSignal('');
	const undo = useSignal<{ label: string; draft: Draft } | null>(null);
	// Why an import or a start from the archive did not happen; shown beside the buttons and announced.
	const startProblem = useSignal('');
	const levelIds = levels.map((l) => l.id) as [string, ...string[]];

	const announce = (text: string) => announceIn(announcement, text);

	// Reads the saved draft once the engine can check it. Until then nothing is written to storage.
	const restoreSaved = (loaded: Engine) => {
		const saved = readStorage();
		if (saved !== null) {
			const parsed = loaded.importDraft(saved);
			if (parsed.ok && draft.value === initial) {
				draft.value = parsed.draft;
				saveState.value = 'Your draft from an earlier visit was restored.';
			} else if (parsed.ok) {
				// Typing began before the saved draft was read: keep what was typed, offer the saved one back.
				undo.value = { label: 'what you typed while the page loaded', draft: parsed.draft };
			} else damaged.value = { error: parsed.error, raw: saved };
		}
		restored.value = true;
	};

	// The engine (validation, serialisers, YAML) is most of the tool's script. It is loaded when there is a
	// saved draft to restore, when the form is first touched or when the preview comes into view, so
	// opening the page stays light. A failed load is forgotten, so the next use tries again, and a saved
	// draft is restored by whichever load succeeds first.
	const pendingEngine = useRef<Promise<Engine> | null>(null);
	const loadEngine = () => {
		pendingEngine.current ??= import('../domain/postmortem/engine.ts').then(
			(loaded) => {
				if (!restored.value) restoreSaved(loaded);
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
	const preview = useRef<HTMLDivElement>(null);

	useEffect(() => {
		if (readStorage() === null) restored.value = true;
		else wantEngine();
		if (!preview.current || typeof IntersectionObserver !== 'function') return;
		const seen = new IntersectionObserver((entries) => {
			if (entries.some((entry) => entry.isIntersecting)) {
				seen.disconnect();
				wantEngine();
			}
		});
		seen.observe(preview.current);
		return () => seen.disconnect();
	}, []);

	// Saved on every change, not debounced: a tab closed a moment after typing must not lose the last words.
	useSignalEffect(() => {
		const text = exportDraft(draft.value);
		if (!restored.value || damaged.value) return;
		// An untouched form is not stored: the next visit would load the whole engine to restore nothing.
		if (draft.value === initial) return;
		try {
			localStorage.setItem(STORAGE_KEY, text);
			saveState.value = 'All changes are saved in this browser.';
		} catch {
			saveState.value =
				'This browser refused to save the draft (storage full or blocked). Export it as JSON to keep it.';
		}
	});

	const set = <K extends keyof Draft>(key: K, value: Draft[K]) => (draft.value = { ...draft.value, [key]: value });
	const replaceDraft = (next: Draft, label: string) => {
		undo.value = { label, draft: draft.value };
		draft.value = next;
	};
	const d = draft.value;
	const people = useComputed(() =>
		[draft.value.commander, ...draft.value.authors, ...draft.value.actionItems.map((a) => a.owner)].filter((n) =>
			n.trim(),
		),
	);
	const services = useComputed(() => draft.value.services.map((s) => s.trim()).filter(Boolean));
	const facts = useComputed(() =>
		deriveFacts(
			draft.value,
			draft.value.timeline.map((e) => e.time),
		),
	);
	const hints = (text: string) => <BlameHints text={text} names={people.value} services={services.value} />;
	const startDate = /^\d{4}-\d{2}-\d{2}/.test(d.started)
		? d.started.slice(0, 10)
		: new Date().toISOString().slice(0, 10);

	const reportStartProblem = (text: string) => {
		startProblem.value = text;
		announce(text);
	};
	const readyEngine = async (): Promise<Engine | null> => {
		try {
			return await loadEngine();
		} catch {
			reportStartProblem(ENGINE_FAILED);
			return null;
		}
	};
	const importFile = async (input: HTMLInputElement) => {
		const file = input.files?.[0];
		input.value = '';
		if (!file) return;
		const loaded = await readyEngine();
		if (!loaded) return;
		const parsed = loaded.importDraft(await file.text());
		if (!parsed.ok) return reportStartProblem(`${file.name} was not imported. ${parsed.error}`);
		startProblem.value = '';
		replaceDraft(parsed.draft, `importing ${file.name}`);
		announce(`Imported ${file.name}.`);
	};
	const startFromArchive = async (entry: ArchiveListing) => {
		const loaded = await readyEngine();
		if (!loaded) return;
		try {
			const response = await fetch(`${archiveBase}${entry.id}.json`);
			if (!response.ok) throw new Error(String(response.status));
			const parsed = loaded.draftFromArchive(await response.json());
			if (!parsed.ok) throw new Error(parsed.error);
			startProblem.value = '';
			replaceDraft(parsed.draft, `starting from “${entry.title}”`);
			announce(`Started a new draft from “${entry.title}”.`);
		} catch {
			reportStartProblem(`“${entry.title}” could not be loaded. Check the connection and try again.`);
		}
	};

	return (
		<div class="tool pm-tool" onFocusIn={wantEngine} onPointerDown={wantEngine}>
			<p class="pm-status" role="status">
				{saveState.value}
			</p>
			{damaged.value && (
				<div class="tool-warning" role="alert">
					<p>
						A draft saved earlier in this browser could not be read, so the form starts empty and nothing will be saved
						over it until you decide. {damaged.value.error}
					</p>
					<button
						type="button"
						class="tool-button"
						onClick={() => saveFile('damaged-postmortem-draft.txt', damaged.value!.raw, 'text/plain')}
					>
						Download the damaged data
					</button>
					<button
						type="button"
						class="tool-button"
						onClick={() => {
							try {
								localStorage.removeItem(STORAGE_KEY);
							} catch {
								// Storage that cannot be read or written has nothing to remove.
							}
							damaged.value = null;
							announce('The damaged draft was discarded. New changes are saved again.');
						}}
					>
						Discard it and save this draft instead
					</button>
				</div>
			)}

			<Section
				id="pm-start"
				legend="Start"
				prompt={`Write it ${deadline}, while memories are fresh. Everything stays in this browser until you export it.`}
			>
				<div class="pm-actions">
					<button
						type="button"
						class="tool-button"
						onClick={() =>
							saveFile(
								`postmortem-draft-${new Date().toISOString().slice(0, 10)}.json`,
								exportDraft(draft.value),
								'application/json',
							)
						}
					>
						Export the draft as JSON
					</button>
					<label class="tool-button pm-file">
						Import a draft (JSON)
						<input
							type="file"
							accept="application/json,.json"
							class="sr-only"
							onChange={(e) => void importFile(e.currentTarget)}
						/>
					</label>
					<button
						type="button"
						class="tool-button"
						onClick={() => {
							replaceDraft(emptyDraft(), 'starting over');
							announce('Started an empty draft.');
						}}
					>
						Start over
					</button>
				</div>
				{startProblem.value && <p class="tool-warning">{startProblem.value}</p>}
				<PostmortemArchivePicker archiveBase={archiveBase} onStart={(entry) => void startFromArchive(entry)} />
				{undo.value && (
					<p>
						The previous draft was replaced by {undo.value.label}.{' '}
						<button
							type="button"
							class="tool-button pm-small"
							onClick={() => {
								draft.value = undo.value!.draft;
								undo.value = null;
								announce('The previous draft is back.');
							}}
						>
							Undo
						</button>
					</p>
				)}
			</Section>

			<Section
				id="pm-summary"
				legend="Summary"
				prompt="Say what happened and who felt it, in words a newcomer would understand. Describe events, not people's choices."
			>
				<TextField
					id="pm-title"
					label="Title"
					value={d.title}
					onInput={(v) => set('title', v)}
					hint="What broke, in a few words a reader will recognise."
					required
				/>
				<div class="pm-row">
					<SelectField
						id="pm-severity"
						label="Severity"
						value={d.severity}
						placeholder="Choose…"
						options={levels.map((l) => ({ value: l.id, label: `${l.id} · ${l.label}` }))}
						onChange={(v) => set('severity', v)}
					/>
					<SelectField
						id="pm-status"
						label="Post-mortem status"
						value={d.status}
						options={STATUSES.map((s) => ({ value: s, label: s }))}
						onChange={(v) => set('status', v as Draft['status'])}
					/>
					<SelectField
						id="pm-trigger"
						label="Trigger"
						value={d.trigger}
						placeholder="Choose…"
						options={triggers.map((t) => ({ value: t.id, label: t.label }))}
						onChange={(v) => set('trigger', v)}
					/>
					<SelectField
						id="pm-detection"
						label="Detected by"
						value={d.detection}
						placeholder="Choose…"
						options={DETECTIONS.map((v) => ({ value: v, label: DETECTION_LABELS[v] }))}
						onChange={(v) => set('detection', v)}
					/>
				</div>
				<TextField
					id="pm-services"
					label="Affected services"
					value={commaOf(d.services)}
					onInput={(v) => set('services', fromComma(v))}
					hint="Service ids separated by commas, e.g. checkout, api-gateway: lowercase letters and digits joined by - . or _."
					required
				/>
				<div class="pm-row">
					<TextField
						id="pm-commander"
						label="Incident commander"
						value={d.commander}
						onInput={(v) => set('commander', v)}
						required
					/>
					<TextField
						id="pm-authors"
						label="Authors"
						value={commaOf(d.authors)}
						onInput={(v) => set('authors', fromComma(v))}
						hint="Separate with commas."
						required
					/>
				</div>
				<TextField
					id="pm-summary-text"
					label="Summary"
					multiline
					value={d.summary}
					onInput={(v) => set('summary', v)}
					hint="Two or three sentences: what happened, who was affected, how it ended."
					required
				>
					{hints(d.summary)}
				</TextField>
			</Section>

			<Section
				id="pm-impact"
				legend="Impact"
				prompt="Use numbers where you have them and say where they are estimates. All times are UTC."
			>
				<div class="pm-row">
					{TIMESTAMP_FIELDS.map((f) => (
						<TextField
							key={f}
							id={`pm-${f}`}
							type="datetime-local"
							label={`${TIMESTAMP_LABELS[f]} (UTC)`}
							value={d[f]}
							onInput={(v) => set(f, v)}
							required
						/>
					))}
				</div>
				{d.timeline.length > 0 && TIMESTAMP_FIELDS.some((f) => !d[f]) && (
					<button
						type="button"
						class="tool-button"
						onClick={() => {
							const found = suggestTimestamps(d.timeline, d);
							draft.value = { ...draft.value, ...found };
							announce(`Filled ${Object.keys(found).length} empty time(s) from the timeline; check them.`);
						}}
					>
						Fill empty times from the timeline
					</button>
				)}
				<h3>Derived from the times</h3>
				<dl class="pm-facts">
					{facts.value.durations.map((m) => (
						<div key={m.id}>
							<dt>{m.label}</dt>
							<dd>{m.minutes === undefined ? 'needs both times' : formatMinutes(m.minutes)}</dd>
						</div>
					))}
				</dl>
				{facts.value.contradictions.length > 0 && (
					<ul class="tool-warning" aria-label="Times out of order">
						{facts.value.contradictions.map((c) => (
							<li key={c}>{c}</li>
						))}
					</ul>
				)}
				<div class="pm-row">
					{IMPACT_FIELDS.map(([key, id, label]) => (
						<TextField
							key={key}
							id={id}
							type="number"
							label={label}
							value={d.impact[key]}
							onInput={(v) => set('impact', { ...d.impact, [key]: v })}
							required
						/>
					))}
				</div>
			</Section>

			<Section
				id="pm-timeline"
				legend="Timeline"
				prompt="Record what people saw and did, in order, as facts. What someone knew at the time matters more than what we know now."
			>
				<PostmortemTimeline
					entries={d.timeline}
					unparsed={d.unparsedLines}
					startDate={startDate}
					startIsSet={startDate === d.started.slice(0, 10)}
					announce={announce}
					onChange={(timeline, unparsedLines) => (draft.value = { ...draft.value, timeline, unparsedLines })}
				/>
			</Section>

			<Section
				id="pm-cause"
				legend="Root cause and contributing factors"
				prompt="Look for the condition in the system that made the failure possible. A person is never the root cause."
			>
				<TextField
					id="pm-root"
					label="Root cause"
					multiline
					value={d.rootCause}
					onInput={(v) => set('rootCause', v)}
					required
				>
					{hints(d.rootCause)}
				</TextField>
				<TextField
					id="pm-factors"
					label="Contributing factors"
					multiline
					value={linesOf(d.contributingFactors)}
					onInput={(v) => set('contributingFactors', fromLines(v))}
					hint="One per line."
				>
					{hints(d.contributingFactors.join('\n'))}
				</TextField>
			</Section>

			<Section
				id="pm-whys"
				legend="Five whys"
				prompt="Keep asking why until the answer is something the team can change. If an answer names a person, ask why the system let that happen."
			>
				<FiveWhys
					rows={d.fiveWhys}
					onChange={(rows) => set('fiveWhys', rows)}
					names={people.value}
					services={services.value}
				/>
			</Section>

			<Section
				id="pm-lessons"
				legend="What went well, what went poorly, where we got lucky"
				prompt="Credit what worked so it is kept. Name luck honestly: luck is not a control."
			>
				<TextField
					id="pm-well"
					label="What went well"
					multiline
					value={linesOf(d.wentWell)}
					onInput={(v) => set('wentWell', fromLines(v))}
					hint="One per line."
				/>
				<TextField
					id="pm-poorly"
					label="What went poorly"
					multiline
					value={linesOf(d.wentPoorly)}
					onInput={(v) => set('wentPoorly', fromLines(v))}
					hint="One per line."
				>
					{hints(d.wentPoorly.join('\n'))}
				</TextField>
				<TextField
					id="pm-lucky"
					label="Where we got lucky"
					multiline
					value={linesOf(d.lucky)}
					onInput={(v) => set('lucky', fromLines(v))}
					hint="One per line."
				/>
			</Section>

			<Section
				id="pm-actions"
				legend="Action items"
				prompt="Each item is a concrete change with one owner, a priority and a due date. Prefer fixes to the system over reminders to people."
			>
				<ActionItems
					items={d.actionItems}
					onChange={(items) => set('actionItems', items)}
					gapsOf={(item) => engine.value?.actionItemGaps(item) ?? []}
				/>
			</Section>

			<Section
				id="pm-more"
				legend="Runbooks and notes"
				prompt="Link the runbooks used, and add anything else worth keeping: links, open questions, the review date."
			>
				{runbooks.length > 0 ? (
					<fieldset class="pm-checks">
						<legend>Runbooks used</legend>
						{runbooks.map((r) => (
							<label key={r.id} class="pm-check">
								<input
									type="checkbox"
									checked={d.runbooks.includes(r.id)}
									onChange={(e) =>
										set(
											'runbooks',
											e.currentTarget.checked ? [...d.runbooks, r.id] : d.runbooks.filter((id) => id !== r.id),
										)
									}
								/>{' '}
								{r.title}
							</label>
						))}
					</fieldset>
				) : (
					<p>The handbook has no runbooks yet, so there are none to link.</p>
				)}
				<TextField
					id="pm-notes"
					label="Notes"
					multiline
					rows={5}
					value={d.notes}
					onInput={(v) => set('notes', v)}
					hint="Shown after the structured sections. Written as plain text; blank lines start a new paragraph."
				>
					{hints(d.notes)}
				</TextField>
			</Section>

			<div ref={preview}>
				<PostmortemOutput
					draft={d}
					engine={engine.value}
					levels={levels}
					levelIds={levelIds}
					runbookIds={runbooks.map((r) => r.id)}
					repository={repository}
					branch={branch}
					announce={announce}
				/>
			</div>
			<p class="sr-only" aria-live="polite">
				{announcement.value}
			</p>
		</div>
	);
}
