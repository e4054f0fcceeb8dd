import { useSignal } from '@preact/signals';
import { channelName } from '../../domain/comms/channel-name.ts';
import { setFact } from '../../domain/console/incident.ts';
import { SITUATION_FACTS, SITUATION_LABELS } from '../../domain/console/vocabulary.ts';
import { isServiceId, SERVICE_ID_RULE } from '../../domain/text/identifiers.ts';
import { parseUtcInput, toUtcInput } from '../../domain/time/clock.ts';
import { TextField } from '../kit/fields.tsx';
import type { PanelProps } from './context.ts';
import { splitServices } from './DeclareForm.tsx';

const LONG = new Set(['symptoms', 'impact', 'cause', 'hypotheses', 'nextSteps', 'asks']);

/** Services are kept only as valid ids; anything else stays in the box with a warning until it is fixed. */
function ServicesField({ incident, change }: PanelProps) {
	const text = useSignal(incident.facts.services.value.join(', '));
	const wrong = useSignal<string[]>([]);
	return (
		<TextField
			id="console-fact-services"
			label="Affected services"
			value={text.value}
			onInput={(v) => (text.value = v)}
			onChange={(v) => {
				const list = splitServices(v);
				wrong.value = list.filter((s) => !isServiceId(s));
				change((i, now) => setFact(i, 'services', list.filter(isServiceId), now));
			}}
			hint="Service ids separated by commas; saved when you leave the field."
		>
			{wrong.value.length > 0 && (
				<p class="tool-warning">
					Not saved: {wrong.value.map((s) => `“${s}”`).join(', ')} {wrong.value.length === 1 ? 'is' : 'are'} not{' '}
					{SERVICE_ID_RULE}.
				</p>
			)}
		</TextField>
	);
}

/** The facts every message and the hand-over read: typed once here, saved as they are typed. */
export function SituationPanel(props: PanelProps) {
	const { incident, change, state } = props;
	const { facts } = incident;
	const set = <K extends Parameters<typeof setFact>[1]>(key: K, value: Parameters<typeof setFact<K>>[2]) =>
		change((i, now) => setFact(i, key, value, now));
	const suggested = channelName(facts.impactStarted.value ?? incident.declaredAt, facts.title.value);
	return (
		<section aria-labelledby="console-situation-heading">
			<h2 id="console-situation-heading">Situation</h2>
			<TextField id="console-fact-title" label="Title" value={facts.title.value} onInput={(v) => set('title', v)} />
			<ServicesField {...props} />
			<TextField
				id="console-fact-started"
				label="Impact started (UTC)"
				type="datetime-local"
				value={facts.impactStarted.value === null ? '' : toUtcInput(facts.impactStarted.value)}
				onInput={(v) => set('impactStarted', parseUtcInput(v))}
			>
				<button type="button" class="tool-button" onClick={() => set('impactStarted', state.now.peek())}>
					Now<span class="sr-only"> as the time impact started</span>
				</button>
			</TextField>
			<TextField
				id="console-fact-channel"
				label="Channel"
				value={facts.channel.value}
				onInput={(v) => set('channel', v)}
			>
				{facts.channel.value !== suggested && (
					<button type="button" class="tool-button" onClick={() => set('channel', suggested)}>
						Use {suggested}
					</button>
				)}
			</TextField>
			<p>
				<label>
					<input
						type="checkbox"
						checked={facts.exercise.value}
						onChange={(e) => set('exercise', e.currentTarget.checked)}
					/>{' '}
					This is an exercise (a drill)
				</label>
			</p>
			{SITUATION_FACTS.map((key) => (
				<TextField
					key={key}
					id={`console-fact-${key}`}
					label={SITUATION_LABELS[key]}
					multiline={LONG.has(key)}
					type={key.endsWith('Url') ? 'url' : 'text'}
					value={facts[key].value}
					onInput={(v) => set(key, v)}
				/>
			))}
		</section>
	);
}
