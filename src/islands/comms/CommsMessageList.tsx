import { useComputed, useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { CommsTemplate } from '../../schemas/comms-template.ts';
import { FORMAT_NAMES, FORMATS, formatMessage, type Format } from '../../domain/comms/format.ts';
import { isRequired, renderMessage, type CommsModel } from '../../domain/comms/render.ts';
import CommsMessage from './CommsMessage.tsx';
import { announce, facts, format, levelOf } from './comms-state.ts';

interface Props {
	model: CommsModel;
	templates: CommsTemplate[];
}

/** Every message, in the chosen format, from the facts typed into the form above. */
export default function CommsMessageList({ model, templates }: Props) {
	const onlyRequired = useSignal(false);
	const section = useRef<HTMLElement>(null);
	// This island hydrates as the reader comes near it, so a first click may land on the server-rendered
	// controls before it is live. Hydration leaves controls as they are: one the reader changed (it differs
	// from its server-rendered default) sets the state, and the rest are made to show the state, which a
	// restored draft may have changed meanwhile.
	useEffect(() => {
		const inputs = [...(section.current?.querySelectorAll('input') ?? [])];
		const radios = inputs.filter((input) => input.name === 'comms-format');
		const serverRendered = radios.some((radio) => radio.defaultChecked);
		const clicked = serverRendered && radios.find((radio) => radio.checked && !radio.defaultChecked);
		if (clicked) format.value = clicked.value as Format;
		for (const radio of radios) radio.checked = radio.value === format.peek();
		const only = inputs.find((input) => input.name === 'comms-only-required');
		if (only && only.checked !== only.defaultChecked) onlyRequired.value = only.checked;
	}, []);
	const messages = useComputed(() =>
		[...templates]
			.sort((a, b) => a.order - b.order)
			.map((template) => {
				const rendered = renderMessage(template, facts.value, model);
				return {
					template,
					missing: rendered.missing,
					output: formatMessage(rendered, format.value),
					required: isRequired(template, facts.value.severity ?? '', model),
				};
			}),
	);

	const lvl = levelOf(model, facts.value.severity);
	const required = messages.value.filter((m) => m.required);
	const shown = onlyRequired.value ? required : messages.value;

	return (
		<section class="comms-messages" aria-labelledby="comms-messages-heading" ref={section}>
			<h2 id="comms-messages-heading">Messages</h2>
			<p>
				{lvl
					? required.length > 0
						? `${lvl.id} requires ${required.length} of these messages: ${required.map((m) => m.template.name).join('; ')}.`
						: `${lvl.id} requires none of these messages; send the ones that help.`
					: 'Choose a severity to see which messages it requires and when the next update is due.'}
			</p>
			<fieldset class="tool-fieldset comms-formats">
				<legend>Output format</legend>
				{FORMATS.map((f) => (
					<label key={f} class="comms-radio">
						<input
							type="radio"
							name="comms-format"
							value={f}
							checked={format.value === f}
							onChange={() => (format.value = f)}
						/>
						{FORMAT_NAMES[f]}
					</label>
				))}
			</fieldset>
			{format.value === 'slack' && (
				<p class="tool-hint">
					Slack mrkdwn is for bots, webhooks and workflow steps. When pasting into the Slack app by hand, choose plain
					text.
				</p>
			)}
			{lvl && (
				<p>
					<label class="comms-radio">
						<input
							type="checkbox"
							name="comms-only-required"
							checked={onlyRequired.value}
							onChange={(e) => (onlyRequired.value = e.currentTarget.checked)}
						/>
						Show only the messages {lvl.id} requires
					</label>
				</p>
			)}
			{shown.map((m) => (
				<CommsMessage
					key={m.template.id}
					template={m.template}
					output={m.output}
					format={format.value}
					missing={m.missing}
					requiredNote={m.required && lvl ? `Required at ${lvl.id}` : null}
					announce={announce}
				/>
			))}
		</section>
	);
}
