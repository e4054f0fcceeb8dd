import type { CommsTemplate } from '../../schemas/comms-template.ts';
import { FORMAT_NAMES, FORMATS, formatMessage, piecesText, type Format } from '../../domain/comms/format.ts';
import { renderMessage } from '../../domain/comms/render.ts';
import { commsFacts, markExercise } from '../../domain/console/comms-facts.ts';
import { updatesDue } from '../../domain/console/due.ts';
import { timeOf } from '../../domain/time/relative.ts';
import { addEntry, currentLevel, liveEntries } from '../../domain/console/incident.ts';
import { AUDIENCE_LABELS, type Audience } from '../../domain/console/vocabulary.ts';
import { CopyButton } from '../kit/CopyButton.tsx';
import { SelectField } from '../kit/fields.tsx';
import type { PanelProps } from './context.ts';

/** The comms template that announces a new incident; the console offers it first. */
export const DECLARATION_TEMPLATE = 'incident-declared';

const byOrder = (a: CommsTemplate, b: CommsTemplate) => a.order - b.order;

/** The update to suggest for an audience: its first template, the declaration aside. */
export function defaultTemplate(templates: readonly CommsTemplate[], audience: Audience): CommsTemplate | undefined {
	return [...templates].sort(byOrder).find((t) => t.audience === audience && t.id !== DECLARATION_TEMPLATE);
}

/**
 * One message, written from the incident's facts as of this minute, exactly as it will be pasted. Copying
 * it logs it as sent, which restarts the clock of its audience.
 */
function Message({ template, incident, model, state, announce, change }: PanelProps & { template: CommsTemplate }) {
	const format = state.format.value;
	const exercise = incident.facts.exercise.value;
	const write = (at: number) => formatMessage(renderMessage(template, commsFacts(incident, at), model), format);
	const rendered = renderMessage(template, commsFacts(incident, state.minute.value), model);
	const output = formatMessage(rendered, format);
	const id = `console-message-${template.id}`;
	const body = (at: number) => markExercise(piecesText(write(at).body), exercise, format);
	return (
		<div class="console-message">
			{rendered.missing.length > 0 && (
				<p class="tool-hint">
					Still missing: {rendered.missing.join(', ')}. Fill them in under Situation, or leave the marker for now.
				</p>
			)}
			{output.subject && (
				<>
					<p class="tool-label">Subject or title</p>
					<pre class="tool-output">{piecesText(output.subject)}</pre>
					<CopyButton
						text={() => piecesText(write(Date.now()).subject ?? [])}
						what={`subject of “${template.name}”`}
						announce={announce}
					>
						Copy the subject
					</CopyButton>
				</>
			)}
			<p class="tool-label">Message ({FORMAT_NAMES[format]})</p>
			<pre class="tool-output" id={id}>
				{markExercise('', exercise, format)}
				{output.body.map((p) => (p.missing ? <mark class="console-missing">{p.text}</mark> : p.text))}
			</pre>
			<CopyButton
				text={() => body(Date.now())}
				what={`message “${template.name}”`}
				announce={announce}
				onCopied={() => {
					change((i, now, author) =>
						addEntry(
							i,
							{ kind: 'update', audience: template.audience, template: template.id, text: template.name },
							now,
							author,
						),
					);
					const next = updatesDue(state.incidents.peek()[incident.id]!, currentLevel(incident)?.level, model).find(
						(d) => d.audience === template.audience,
					);
					announce(
						`Copied and logged “${template.name}” as sent.${next?.dueAt ? ` The next ${AUDIENCE_LABELS[template.audience].toLowerCase()} is due at ${timeOf(next.dueAt, Date.now())}.` : ''}`,
					);
				}}
			>
				Copy and log as sent<span class="sr-only">: {template.name}</span>
			</CopyButton>
		</div>
	);
}

/** The declaration to post first, then any update, both prefilled from the console's facts. */
export function UpdatesPanel(props: PanelProps) {
	const { templates, state, incident } = props;
	const declaration = templates.find((t) => t.id === DECLARATION_TEMPLATE);
	const sorted = [...templates].sort(byOrder).filter((t) => t !== declaration);
	const chosen = sorted.find((t) => t.id === state.template.value) ?? defaultTemplate(templates, 'internal');
	const sentAny = liveEntries(incident).some((e) => e.kind === 'update');
	return (
		<section aria-labelledby="console-messages-heading">
			<h2 id="console-messages-heading">Messages</h2>
			<SelectField
				id="console-format"
				label="Format"
				value={state.format.value}
				options={FORMATS.map((f) => ({ value: f, label: FORMAT_NAMES[f] }))}
				onChange={(v) => (state.format.value = v as Format)}
				hint="Plain text for pasting into chat by hand."
			/>
			{declaration && (
				<details class="console-details" open={!sentAny}>
					<summary>{declaration.name}</summary>
					<Message {...props} template={declaration} />
				</details>
			)}
			<SelectField
				id="console-template"
				label="Update to write"
				value={chosen?.id ?? ''}
				options={sorted.map((t) => ({
					value: t.id,
					label: `${t.name} (${AUDIENCE_LABELS[t.audience].toLowerCase()})`,
				}))}
				onChange={(v) => (state.template.value = v)}
			/>
			{chosen && <Message {...props} template={chosen} />}
		</section>
	);
}
