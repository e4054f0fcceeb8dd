import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { findListings, type ArchiveListing } from '../../domain/postmortem/archive-listing.ts';
import { SelectField, TextField } from '../kit/fields.tsx';

/** Enough choices to scan; more than this and typing a word is quicker than scrolling. */
const SHOWN = 100;

/**
 * Finds an archived post-mortem to start a draft from. It arrives with the engine once its section is
 * first opened, and fetches the list then, so the tool's page does not grow with the archive.
 */
export default function PostmortemArchivePicker(props: {
	archiveBase: string;
	onStart: (listing: ArchiveListing) => void;
}) {
	const listings = useSignal<ArchiveListing[] | null>(null);
	const loading = useSignal(false);
	const failed = useSignal(false);
	const query = useSignal('');
	const choice = useSignal('');

	const load = async () => {
		if (listings.value || loading.value) return;
		loading.value = true;
		failed.value = false;
		try {
			const response = await fetch(`${props.archiveBase}index.json`);
			if (!response.ok) throw new Error(String(response.status));
			listings.value = (await response.json()) as ArchiveListing[];
		} catch {
			failed.value = true;
		} finally {
			loading.value = false;
		}
	};

	useEffect(() => void load(), []);

	const found = listings.value && findListings(listings.value, query.value, SHOWN);
	const selected = found && (found.matches.find((m) => m.id === choice.value) ?? found.matches[0]);
	const count = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'post-mortem' : 'post-mortems'}`;

	return (
		<>
			{loading.value && <p role="status">Loading the list of archived post-mortems…</p>}
			{failed.value && (
				<p class="tool-warning" role="alert">
					The list of archived post-mortems could not be loaded. Check the connection and{' '}
					<button type="button" class="tool-button pm-small" onClick={() => void load()}>
						try again
					</button>
				</p>
			)}
			{listings.value?.length === 0 && <p>The archive has no post-mortems yet.</p>}
			{found && listings.value!.length > 0 && (
				<>
					<TextField
						id="pm-archive-find"
						label="Find by title, date or id"
						value={query.value}
						onInput={(v) => (query.value = v)}
						hint="Every word you type must appear, e.g. checkout 2024."
					/>
					{found.total === 0 ? (
						<p role="status">No archived post-mortem matches “{query.value}”.</p>
					) : (
						<>
							<SelectField
								id="pm-archive"
								label="Archived post-mortem"
								value={selected?.id ?? ''}
								options={found.matches.map((m) => ({ value: m.id, label: `${m.date} · ${m.title}` }))}
								onChange={(v) => (choice.value = v)}
							/>
							<p class="tool-hint" role="status">
								{found.total > SHOWN
									? `Showing the newest ${SHOWN} of ${count(found.total)} that match; type more words to narrow the list.`
									: `${count(found.total)} to choose from.`}
							</p>
						</>
					)}
					<button
						type="button"
						class="tool-button"
						aria-disabled={selected ? undefined : 'true'}
						onClick={() => selected && props.onStart(selected)}
					>
						Start from this post-mortem
					</button>
				</>
			)}
		</>
	);
}
