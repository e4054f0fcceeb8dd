import { type Draft } from '../../../domain/postmortem/draft.ts';
import { suggestTimestamps } from '../../../domain/postmortem/durations.ts';
import type { Announce } from '../../kit/announce.tsx';
import { TextField } from '../../kit/fields.tsx';
import { Section } from '../Section.tsx';
import type { DraftState } from '../use-draft.ts';
import { TIMESTAMP_FIELDS, TIMESTAMP_LABELS } from '../../../domain/postmortem/vocabulary.ts';
import { formatDuration } from '../../../domain/time/durations.ts';

const IMPACT_FIELDS: [keyof Draft['impact'], string, string][] = [
	['usersAffected', 'pm-users', 'Users affected'],
	['userShare', 'pm-share', 'Share of users affected (%)'],
	['revenueEstimate', 'pm-revenue', 'Revenue estimate'],
	['slaMinutes', 'pm-sla', 'Minutes against the SLA'],
];

/** The five moments of the incident, what they add up to, and the impact figures. */
export function ImpactSection({ draft, announce }: { draft: DraftState; announce: Announce }) {
	const { store: d, set } = draft;
	const facts = draft.facts.value;
	const hasTimeline = d.timeline.value.length > 0;
	return (
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
						value={d[f].value}
						onInput={(v) => set(f, v)}
						required
					/>
				))}
			</div>
			{hasTimeline && TIMESTAMP_FIELDS.some((f) => !d[f].value) && (
				<button
					type="button"
					class="tool-button"
					onClick={() => {
						const current = Object.fromEntries(TIMESTAMP_FIELDS.map((f) => [f, d[f].peek()]));
						const found = suggestTimestamps(d.timeline.peek(), current);
						for (const [field, value] of Object.entries(found)) set(field as (typeof TIMESTAMP_FIELDS)[number], value);
						announce(`Filled ${Object.keys(found).length} empty time(s) from the timeline; check them.`);
					}}
				>
					Fill empty times from the timeline
				</button>
			)}
			<h3>Derived from the times</h3>
			<dl class="pm-facts">
				{facts.durations.map((m) => (
					<div key={m.id}>
						<dt>{m.label}</dt>
						<dd>{m.minutes === undefined ? 'needs both times' : formatDuration(m.minutes)}</dd>
					</div>
				))}
			</dl>
			{facts.contradictions.length > 0 && (
				<ul class="tool-warning" aria-label="Times out of order">
					{facts.contradictions.map((c) => (
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
						value={d.impact.value[key]}
						onInput={(v) => set('impact', { ...d.impact.peek(), [key]: v })}
						required
					/>
				))}
			</div>
		</Section>
	);
}
