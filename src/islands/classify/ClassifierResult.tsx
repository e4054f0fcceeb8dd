import { useSignal } from '@preact/signals';
import type { Ref } from 'preact';
import type { Level } from '../../schemas/model.ts';
import {
	declarationLine,
	describeAnswers,
	levelName,
	responsePlan,
	UNSURE_GUIDANCE,
	type CalibrationExample,
	type Step,
} from '../../domain/classify/classify.ts';
import { channelName } from '../../domain/comms/channel-name.ts';
import { levelColour } from '../../domain/model/level-colours.ts';
import type { Announce } from '../kit/announce.tsx';
import { CopyButton } from '../kit/CopyButton.tsx';
import { TextField } from '../kit/fields.tsx';
import { sitePath } from '../../data/site-path.ts';
import { consoleQuery } from '../../domain/console/address.ts';

interface Props {
	level: Level;
	steps: Step[];
	roleNames: Record<string, string>;
	examples: CalibrationExample[];
	/** `?answers=…` for the link that reopens this result. */
	shareQuery: string;
	/** The answers as the address carries them, for the incident console. */
	answers: string;
	/** The incident console's id of an incident being classified again, if that is why the classifier was opened. */
	incident: string | null;
	headingRef: Ref<HTMLHeadingElement>;
	announce: Announce;
}

export default function ClassifierResult({
	level,
	steps,
	roleNames,
	examples,
	shareQuery,
	answers,
	incident,
	headingRef,
	announce,
}: Props) {
	const summary = useSignal('');
	const commander = useSignal('');
	const shareUrl = typeof location === 'undefined' ? shareQuery : `${location.origin}${location.pathname}${shareQuery}`;
	const declaration = declarationLine(level, {
		summary: summary.value,
		commander: commander.value,
		channel: channelName(Date.now(), summary.value),
	});
	const deciding = steps.at(-1)!;
	const colour = levelColour(level.badge);
	const reason = describeAnswers(steps);
	const consoleHref = `${sitePath('/tools/console/')}${consoleQuery(
		incident
			? { incident, level: level.id, answers, reason }
			: { level: level.id, answers, reason, title: summary.value, commander: commander.value },
	)}`;

	return (
		<section class="classifier-result" aria-labelledby="classifier-result-heading">
			<h2 id="classifier-result-heading" ref={headingRef} tabIndex={-1}>
				Declare{' '}
				<span
					class="classifier-badge"
					style={{
						'--level-colour': colour.base,
						'--level-colour-low': colour.low,
						'--level-colour-high': colour.high,
					}}
				>
					{level.id}
				</span>{' '}
				{level.label}
			</h2>
			{level.aliases.length > 0 && <p>Also called {level.aliases.join(', ')}.</p>}
			<p>{level.impact}</p>
			<p class="classifier-guidance">
				<strong>{UNSURE_GUIDANCE}</strong>
			</p>

			<h3>Why {level.id}</h3>
			<p>
				Your answer <strong>{deciding.answer.label}</strong> to “{deciding.question.text}” settles it at {level.id}.
				{steps.length > 1 && ' Before that you answered:'}
			</p>
			{steps.length > 1 && (
				<ul>
					{steps.slice(0, -1).map((step) => (
						<li>
							{step.question.text} <strong>{step.answer.label}</strong>
						</li>
					))}
				</ul>
			)}

			<h3>Response plan for {level.id}</h3>
			<dl class="classifier-plan">
				{responsePlan(level, roleNames).map((item) => (
					<div>
						<dt>{item.term}</dt>
						<dd>{item.detail}</dd>
					</div>
				))}
			</dl>

			<h3>Hand it on</h3>
			<TextField id="classifier-share" label="Link that reopens these answers" readOnly value={shareUrl}>
				<CopyButton key={shareUrl} text={shareUrl} what="link" announce={announce}>
					Copy link
				</CopyButton>
			</TextField>
			<TextField
				id="classifier-summary"
				label="Short description of the incident"
				value={summary.value}
				onInput={(text) => (summary.value = text)}
			/>
			<TextField
				id="classifier-commander"
				label="Incident commander (optional)"
				value={commander.value}
				onInput={(name) => (commander.value = name)}
			/>
			<div class="tool-field">
				<span id="classifier-declaration-label" class="tool-label">
					Declaration to paste in chat
				</span>
				<output
					class="tool-output classifier-declaration"
					aria-labelledby="classifier-declaration-label"
					for="classifier-summary classifier-commander"
				>
					{declaration}
				</output>
				<CopyButton key={declaration} text={declaration} what="declaration" announce={announce}>
					Copy declaration
				</CopyButton>
			</div>
			<p>
				<a href={consoleHref}>
					{incident
						? `Take ${level.id} back to the incident in the incident console`
						: `Start the incident here: declare it at ${level.id} in the incident console`}
				</a>
			</p>
			<p>
				<a href={`${sitePath('/tools/comms/')}?severity=${encodeURIComponent(level.id)}`}>
					Write the {level.id} status updates in the communications generator
				</a>
			</p>

			<h3>Past incidents at {level.id}</h3>
			{examples.length > 0 ? (
				<ul>
					{examples.map((example) => (
						<li>
							<a href={example.href}>{example.title}</a> (<time dateTime={example.date}>{example.date}</time>)
						</li>
					))}
				</ul>
			) : (
				<p>The archive holds no post-mortem at {level.id} yet, so there is nothing to compare with.</p>
			)}
		</section>
	);
}
