import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { downloadFile } from '../kit/download.ts';
import { focusLater } from '../kit/focus.ts';
import type { PanelProps } from './context.ts';
import { WakeLock } from './WakeLock.tsx';
import { slugifyDescription } from '../../domain/comms/channel-name.ts';
import { formatDay } from '../../domain/time/calendar.ts';

/** Desktop notifications for overdue updates, once the person has allowed them; never any sound. */
function Notifications({ state }: PanelProps) {
	const permission = useSignal<NotificationPermission | 'unsupported'>('default');
	useEffect(() => {
		permission.value = typeof Notification === 'function' ? Notification.permission : 'unsupported';
	}, []);
	if (permission.value === 'unsupported') return <p>This browser cannot show desktop notifications.</p>;
	if (permission.value === 'denied')
		return <p>Desktop notifications are blocked for this site in the browser's settings.</p>;
	if (permission.value === 'default')
		return (
			<p>
				<button
					type="button"
					class="tool-button"
					onClick={async () => {
						permission.value = await Notification.requestPermission();
						if (permission.value === 'granted') state.setNotify(true);
					}}
				>
					Allow desktop notifications for overdue updates
				</button>
			</p>
		);
	return (
		<p>
			<label>
				<input
					type="checkbox"
					checked={state.notify.value}
					onChange={(e) => state.setNotify(e.currentTarget.checked)}
				/>{' '}
				Notify me on this device when an update is overdue
			</label>
		</p>
	);
}

/** Keeping the incident: where it lives, a copy as a file, and removing it from this browser. */
export function DevicePanel(props: PanelProps) {
	const { incident, state, announce } = props;
	const confirming = useSignal(false);
	const persisted = useSignal<boolean | null>(null);
	useEffect(() => {
		void navigator.storage?.persisted?.().then(
			(kept) => (persisted.value = kept),
			() => {},
		);
	}, []);

	async function exportFile() {
		const schema = await state.loadSchema();
		const slug = slugifyDescription(incident.facts.title.value).slice(0, 40) || 'incident';
		downloadFile(
			`incident-${formatDay(incident.declaredAt)}-${slug}.json`,
			schema.exportIncident(incident),
			'application/json',
		);
		announce('Exported the incident as a JSON file.');
	}

	return (
		<section aria-labelledby="console-device-heading">
			<h2 id="console-device-heading">This screen and this browser</h2>
			<WakeLock />
			<Notifications {...props} />
			<p>
				Everything above is saved in this browser as you go, and other tabs of this browser show the same incident.{' '}
				{persisted.value === true
					? 'The browser has agreed to keep it until you delete it.'
					: 'The browser may still clear it if space runs low, so export a copy to keep.'}
			</p>
			<p>
				<button type="button" class="tool-button" onClick={() => void exportFile().catch(() => {})}>
					Export this incident (JSON)
				</button>
				{confirming.value ? (
					<>
						<button
							type="button"
							class="tool-button"
							id="console-delete-confirm"
							onClick={() => {
								state.remove(incident.id);
								state.navigate(null);
								announce('The incident was deleted from this browser.');
							}}
						>
							Delete it from this browser for good
						</button>
						<button type="button" class="tool-button" onClick={() => (confirming.value = false)}>
							Keep it
						</button>
					</>
				) : (
					<button
						type="button"
						class="tool-button"
						onClick={() => {
							confirming.value = true;
							focusLater('console-delete-confirm');
						}}
					>
						Delete…
					</button>
				)}
			</p>
		</section>
	);
}
