import { useSignal } from '@preact/signals';
import { emptyDraft, exportDraft } from '../../../domain/postmortem/draft.ts';
import type { ArchiveListing } from '../../../domain/postmortem/archive-listing.ts';
import type { Announce } from '../../kit/announce.tsx';
import { downloadFile } from '../../kit/download.ts';
import { JsonFilePicker } from '../../kit/JsonFilePicker.tsx';
import { peekDraft } from '../draft-store.ts';
import { Section } from '../Section.tsx';
import type { DraftState } from '../use-draft.ts';

interface Props {
	draft: DraftState;
	archiveBase: string;
	/** The model's post-mortem deadline as it reads in a sentence, e.g. "within 48 hours". */
	deadline: string;
	announce: Announce;
}

/** Where a draft comes from and goes to: JSON export and import, a fresh start, or an archived post-mortem. */
export function StartSection({ draft, archiveBase, deadline, announce }: Props) {
	// Why an import or a start from the archive did not happen; shown beside the buttons and announced.
	const problem = useSignal('');
	// The picker comes with the engine, and only once someone opens its section.
	const opened = useSignal(false);
	const Picker = opened.value ? draft.engine.value?.ArchivePicker : undefined;
	const report = (text: string) => {
		problem.value = text;
		announce(text);
	};

	const importFile = async (input: HTMLInputElement) => {
		const file = input.files?.[0];
		input.value = '';
		if (!file) return;
		const engine = await draft.readyEngine(report);
		if (!engine) return;
		const parsed = engine.importDraft(await file.text());
		if (!parsed.ok) return report(`${file.name} was not imported. ${parsed.error}`);
		problem.value = '';
		draft.replaceDraft(parsed.draft, `importing ${file.name}`);
		announce(`Imported ${file.name}.`);
	};
	const startFromArchive = async (entry: ArchiveListing) => {
		const engine = await draft.readyEngine(report);
		if (!engine) return;
		try {
			const response = await fetch(`${archiveBase}${entry.id}.json`);
			if (!response.ok) throw new Error(String(response.status));
			const parsed = engine.draftFromArchive(await response.json());
			if (!parsed.ok) throw new Error(parsed.error);
			problem.value = '';
			draft.replaceDraft(parsed.draft, `starting from “${entry.title}”`);
			announce(`Started a new draft from “${entry.title}”.`);
		} catch {
			report(`“${entry.title}” could not be loaded. Check the connection and try again.`);
		}
	};

	return (
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
						downloadFile(
							`postmortem-draft-${new Date().toISOString().slice(0, 10)}.json`,
							exportDraft(peekDraft(draft.store)),
							'application/json',
						)
					}
				>
					Export the draft as JSON
				</button>
				<JsonFilePicker label="Import a draft (JSON)" onPick={(input) => void importFile(input)} />
				<button
					type="button"
					class="tool-button"
					onClick={() => {
						draft.replaceDraft(emptyDraft(), 'starting over');
						announce('Started an empty draft.');
					}}
				>
					Start over
				</button>
			</div>
			{problem.value && <p class="tool-warning">{problem.value}</p>}
			<details
				class="pm-archive"
				onToggle={(e) => {
					if (!(e.currentTarget as HTMLDetailsElement).open) return;
					opened.value = true;
					draft.wantEngine();
				}}
			>
				<summary>Start from an archived post-mortem</summary>
				{Picker ? (
					<Picker archiveBase={archiveBase} onStart={(entry) => void startFromArchive(entry)} />
				) : (
					<p>Loading…</p>
				)}
			</details>
			{draft.undo.value && (
				<p>
					The previous draft was replaced by {draft.undo.value.label}.{' '}
					<button
						type="button"
						class="tool-button pm-small"
						onClick={() => {
							draft.takeBack();
							announce('The previous draft is back.');
						}}
					>
						Undo
					</button>
				</p>
			)}
		</Section>
	);
}
