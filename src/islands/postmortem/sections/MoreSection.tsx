import { DraftText } from '../DraftField.tsx';
import { Section } from '../Section.tsx';
import type { DraftState } from '../use-draft.ts';

/** The runbooks the responders used and anything else worth keeping, which becomes the file's body. */
export function MoreSection({ draft, runbooks }: { draft: DraftState; runbooks: { id: string; title: string }[] }) {
	const { store: d, set } = draft;
	return (
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
								checked={d.runbooks.value.includes(r.id)}
								onChange={(e) =>
									set(
										'runbooks',
										e.currentTarget.checked
											? [...d.runbooks.peek(), r.id]
											: d.runbooks.peek().filter((id) => id !== r.id),
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
			<DraftText
				draft={draft}
				field="notes"
				id="pm-notes"
				label="Notes"
				rows={5}
				hint="Shown after the structured sections. Written as plain text; blank lines start a new paragraph."
				blameless
			/>
		</Section>
	);
}
