import { checklist, phaseList } from '../../domain/console/checklists.ts';
import { roleName } from '../../domain/console/console-model.ts';
import { addEntry, currentPhase } from '../../domain/console/incident.ts';
import { Checklist } from './Checklist.tsx';
import type { PanelProps } from './context.ts';

/** The lifecycle's phases with their timeboxes, the current one open, each with its steps to tick off. */
export function PhasesPanel(props: PanelProps) {
	const { incident, model, change, announce } = props;
	const current = currentPhase(
		incident,
		model.phases.map((p) => p.id),
	);
	return (
		<section aria-labelledby="console-phases-heading">
			<h2 id="console-phases-heading">Phases</h2>
			<ol class="console-phases">
				{model.phases.map((phase) => {
					const here = phase.id === current;
					return (
						<li key={phase.id} aria-current={here ? 'step' : undefined} class={here ? 'console-current' : undefined}>
							<details class="console-details" open={here}>
								<summary>
									{phase.name} <span class="tool-hint">({phase.timebox})</span>
									{here && <strong> current phase</strong>}
								</summary>
								<p>
									{phase.goal} Led by the {roleName(model, phase.owner).toLowerCase()}.
								</p>
								<Checklist
									{...props}
									items={checklist(incident, phaseList(phase.id), phase.steps)}
									legend={`Steps of ${phase.name.toLowerCase()}`}
								/>
								{!here && (
									<button
										type="button"
										class="tool-button"
										onClick={() => {
											change((i, now, author) => addEntry(i, { kind: 'phase', phase: phase.id }, now, author));
											announce(`${phase.name} is now the current phase.`);
										}}
									>
										Make {phase.name.toLowerCase()} the current phase
									</button>
								)}
							</details>
						</li>
					);
				})}
			</ol>
		</section>
	);
}
