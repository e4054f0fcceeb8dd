import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { CommsTemplate } from '../../schemas/comms-template.ts';
import type { ConsoleModel } from '../../domain/console/console-model.ts';
import { LiveRegion, useAnnouncer } from '../kit/announce.tsx';
import { DamagedSaveNotice } from '../kit/DamagedSaveNotice.tsx';
import { Problem } from '../kit/Problem.tsx';
import { whenNear } from '../../directives/when-near.ts';
import { DeclareForm } from './DeclareForm.tsx';
import { IncidentList } from './IncidentList.tsx';
import { useConsole } from './use-console.ts';
import './console.css';

interface Props {
	model: ConsoleModel;
	templates: CommsTemplate[];
}

type View = typeof import('./IncidentView.tsx');

/** Runs incidents in the browser: the list and a new declaration, or one open incident. */
export default function ConsoleTool({ model, templates }: Props) {
	const state = useConsole(model);
	const { announce, region } = useAnnouncer();
	// An open incident's page is most of the console's script. It is fetched when an incident is opened, or
	// at the first focus, tap or key press on the page (whenNear with nothing to watch come into view), so
	// loading the page to declare stays light.
	const view = useSignal<View | null>(null);
	const problem = useSignal('');
	const loadView = () =>
		void import('./IncidentView.tsx').then(
			(loaded) => (view.value = loaded),
			() => (problem.value = 'Part of the console could not be loaded. Check the connection and reload the page.'),
		);
	const incident = state.open.value;
	const missing = state.loaded.value && state.openId.value && !incident;
	useEffect(() => {
		if (state.openId.value && !view.peek()) loadView();
	}, [state.openId.value]);
	useEffect(() => whenNear([], () => !view.peek() && loadView()), []);
	const IncidentView = view.value?.IncidentView;

	return (
		<div class="tool console">
			<Problem text={problem.value} />
			<Problem text={state.problem.value} />
			{state.address.value.notes.map((note) => (
				<p class="tool-warning" key={note}>
					{note}
				</p>
			))}
			{Object.entries(state.damaged.value).map(([key, damaged]) => (
				<DamagedSaveNotice
					key={key}
					damaged={damaged}
					what="An incident"
					fileName="damaged-incident.json"
					onDiscard={() => {
						state.discardDamaged(key);
						announce('The damaged incident was discarded.');
					}}
				/>
			))}
			{!state.loaded.value || (incident && !IncidentView) ? (
				<p role="status">Opening the incidents saved in this browser…</p>
			) : incident && IncidentView ? (
				<IncidentView
					key={incident.id}
					incident={incident}
					model={model}
					templates={templates}
					state={state}
					announce={announce}
					change={(edit) => state.change(incident.id, (i, now) => edit(i, now, state.name.peek()))}
				/>
			) : (
				<>
					{missing && (
						<p class="tool-warning">
							This browser holds no incident with the id in the address. It may have been deleted, or saved in another
							browser: export it there and import it here.
						</p>
					)}
					<IncidentList state={state} model={model} announce={announce} />
					<DeclareForm state={state} model={model} announce={announce} />
				</>
			)}
			<LiveRegion region={region} />
		</div>
	);
}
