import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { formatUtc, toUtcInput } from '../../domain/time/clock.ts';
import { isTimeZone } from '../../domain/time/zones.ts';
import { localToUtc } from '../../domain/time/local-time.ts';
import { TextField } from '../kit/fields.tsx';

const KIND_NOTES = {
	exact: '',
	skipped: ' That local time does not exist (the clocks jumped forward), so it was moved forward by the jump.',
	repeated: ' That local time happens twice (the clocks went back); this is the first of the two.',
};

function timeZones(): string[] {
	return typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
}

interface ConverterProps {
	/** Hands the converted time, as a UTC form value, to one of the time facts. */
	onUse: (key: 'startTime' | 'updateTime' | 'endTime', value: string) => void;
}

/** Converts a wall-clock time somewhere in the world to UTC, because reports arrive in the reporter's local time. */
export function TimeConverter({ onUse }: ConverterProps) {
	const local = useSignal('');
	const zone = useSignal('UTC');
	const zones = useSignal<string[]>([]);

	useEffect(() => {
		// The first zone lookup loads the browser's time-zone data, so it waits for an idle moment instead of
		// lengthening the page's start-up work; a zone typed in the meantime is kept.
		const later = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1));
		later(() => {
			if (zone.peek() === 'UTC') zone.value = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
		});
	}, []);
	// Some 400 suggestions would add their nodes while the page loads; they are only needed once the field is used.
	const suggestZones = () => {
		if (!zones.value.length) zones.value = timeZones();
	};

	const result = local.value ? localToUtc(local.value, zone.value) : null;
	const value = result ? toUtcInput(result.utc) : '';

	return (
		<fieldset class="tool-fieldset">
			<legend>Convert a local time to UTC</legend>
			<TextField
				id="comms-local-time"
				label="Local date and time"
				type="datetime-local"
				value={local.value}
				onInput={(text) => (local.value = text)}
			/>
			<TextField
				id="comms-local-zone"
				label="Time zone"
				literal
				list="comms-zone-list"
				value={zone.value}
				hint="A time zone name such as America/Los_Angeles or Asia/Kolkata; this browser's zone is filled in."
				onFocus={suggestZones}
				onInput={(text) => (zone.value = text.trim())}
			>
				<datalist id="comms-zone-list">
					{zones.value.map((z) => (
						<option key={z} value={z} />
					))}
				</datalist>
			</TextField>
			<p>
				In UTC:{' '}
				<output for="comms-local-time comms-local-zone" id="comms-local-result">
					{!isTimeZone(zone.value)
						? `"${zone.value}" is not a time zone this browser knows`
						: result
							? `${formatUtc(result.utc)}.${KIND_NOTES[result.kind]}`
							: 'enter a local date and time'}
				</output>
			</p>
			{result && (
				<p class="comms-actions">
					<button type="button" class="tool-button" onClick={() => onUse('startTime', value)}>
						Use as start time
					</button>
					<button type="button" class="tool-button" onClick={() => onUse('updateTime', value)}>
						Use as update time
					</button>
					<button type="button" class="tool-button" onClick={() => onUse('endTime', value)}>
						Use as end time
					</button>
				</p>
			)}
		</fieldset>
	);
}
