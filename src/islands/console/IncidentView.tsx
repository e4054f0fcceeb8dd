import type { PanelProps } from './context.ts';
import { IncidentHeader } from './IncidentHeader.tsx';
import { UpdateClocks } from './UpdateClocks.tsx';
import { ScribeLog } from './ScribeLog.tsx';
import { UpdatesPanel } from './UpdatesPanel.tsx';
import { SituationPanel } from './SituationPanel.tsx';
import { RolesPanel } from './RolesPanel.tsx';
import { LevelPanel } from './LevelPanel.tsx';
import { PhasesPanel } from './PhasesPanel.tsx';
import { ClosePanel } from './ClosePanel.tsx';
import { DevicePanel } from './DevicePanel.tsx';
import { YourName } from './YourName.tsx';

/** One incident, in the order a commander reaches for things: clocks, the log, updates, people, then the rest. */
export function IncidentView(props: PanelProps) {
	return (
		<article class="console-incident" aria-labelledby="console-incident-heading">
			<p>
				<a
					href="?"
					onClick={(e) => {
						e.preventDefault();
						props.state.navigate(null);
					}}
				>
					All incidents in this browser
				</a>
			</p>
			<IncidentHeader {...props} />
			<UpdateClocks {...props} />
			<YourName state={props.state} />
			<ScribeLog {...props} />
			<UpdatesPanel {...props} />
			<SituationPanel {...props} />
			<RolesPanel {...props} />
			<LevelPanel {...props} />
			<PhasesPanel {...props} />
			<ClosePanel {...props} />
			<DevicePanel {...props} />
		</article>
	);
}
