import { type Draft } from '../../../domain/postmortem/draft.ts';
import { SelectField, TextField } from '../../kit/fields.tsx';
import { DraftText } from '../DraftField.tsx';
import { commaOf, fromComma } from '../list-text.ts';
import { Section } from '../Section.tsx';
import type { DraftState } from '../use-draft.ts';
import { DETECTIONS, STATUSES } from '../../../domain/postmortem/vocabulary.ts';

export interface Option {
	id: string;
	label: string;
}

const DETECTION_LABELS: Record<(typeof DETECTIONS)[number], string> = {
	alert: 'An alert',
	'customer-report': 'A customer report',
	'internal-report': 'A report from inside the company',
};

/** Title, classification, the people involved and the short story of what happened. */
export function SummarySection({
	draft,
	levels,
	triggers,
}: {
	draft: DraftState;
	levels: Option[];
	triggers: Option[];
}) {
	const { store: d, set } = draft;
	return (
		<Section
			id="pm-summary"
			legend="Summary"
			prompt="Say what happened and who felt it, in words a newcomer would understand. Describe events, not people's choices."
		>
			<TextField
				id="pm-title"
				label="Title"
				value={d.title.value}
				onInput={(v) => set('title', v)}
				hint="What broke, in a few words a reader will recognise."
				required
			/>
			<div class="pm-row">
				<SelectField
					id="pm-severity"
					label="Severity"
					value={d.severity.value}
					placeholder="Choose…"
					options={levels.map((l) => ({ value: l.id, label: `${l.id} · ${l.label}` }))}
					onChange={(v) => set('severity', v)}
				/>
				<SelectField
					id="pm-status"
					label="Post-mortem status"
					value={d.status.value}
					options={STATUSES.map((s) => ({ value: s, label: s }))}
					onChange={(v) => set('status', v as Draft['status'])}
				/>
				<SelectField
					id="pm-trigger"
					label="Trigger"
					value={d.trigger.value}
					placeholder="Choose…"
					options={triggers.map((t) => ({ value: t.id, label: t.label }))}
					onChange={(v) => set('trigger', v)}
				/>
				<SelectField
					id="pm-detection"
					label="Detected by"
					value={d.detection.value}
					placeholder="Choose…"
					options={DETECTIONS.map((v) => ({ value: v, label: DETECTION_LABELS[v] }))}
					onChange={(v) => set('detection', v)}
				/>
			</div>
			<TextField
				id="pm-services"
				label="Affected services"
				value={commaOf(d.services.value)}
				onInput={(v) => set('services', fromComma(v))}
				hint="Service ids separated by commas, e.g. checkout, api-gateway: lowercase letters and digits joined by - . or _."
				required
			/>
			<p>
				<label class="pm-check">
					<input
						type="checkbox"
						checked={d.exercise.value}
						onChange={(e) => set('exercise', e.currentTarget.checked)}
					/>{' '}
					An exercise (a drill), not a real incident
				</label>
			</p>
			<div class="pm-row">
				<TextField
					id="pm-commander"
					label="Incident commander"
					value={d.commander.value}
					onInput={(v) => set('commander', v)}
					required
				/>
				<TextField
					id="pm-authors"
					label="Authors"
					value={commaOf(d.authors.value)}
					onInput={(v) => set('authors', fromComma(v))}
					hint="Separate with commas."
					required
				/>
			</div>
			<DraftText
				draft={draft}
				field="summary"
				id="pm-summary-text"
				label="Summary"
				hint="Two or three sentences: what happened, who was affected, how it ended."
				required
				blameless
			/>
		</Section>
	);
}
