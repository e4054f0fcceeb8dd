import { channelName } from '../../domain/comms/channel-name.ts';
import { parseUtcInput } from '../../domain/time/clock.ts';
import { TextField } from '../kit/fields.tsx';

interface ChannelProps {
	startTime: string;
	description: string;
	onDescription: (value: string) => void;
	onUse: (name: string) => void;
}

/** Suggests `#inc-YYYYMMDD-short-description` from the start date, falling back to today when none is set. */
export function ChannelName({ startTime, description, onDescription, onUse }: ChannelProps) {
	const start = parseUtcInput(startTime);
	const name = channelName(start ?? Date.now(), description);
	return (
		<div class="comms-subgroup">
			<TextField
				id="comms-channel-description"
				label="Short description for the channel name"
				value={description}
				onInput={onDescription}
				hint={`Dated from the start time${start === null ? ' (today until a start time is set)' : ''}; lowercase letters, digits and hyphens only.`}
			/>
			<p>
				Suggested channel:{' '}
				<output for="comms-channel-description" id="comms-channel-suggestion">
					{name}
				</output>{' '}
				<button type="button" class="tool-button" onClick={() => onUse(name)}>
					Use this name
				</button>
			</p>
		</div>
	);
}
