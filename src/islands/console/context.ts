import type { CommsTemplate } from '../../schemas/comms-template.ts';
import type { ConsoleModel } from '../../domain/console/console-model.ts';
import type { Incident } from '../../domain/console/incident.ts';
import type { Announce } from '../kit/announce.tsx';
import type { ConsoleState } from './use-console.ts';

/** What every part of an open incident's page needs: the incident, the model, the state and a voice. */
export interface PanelProps {
	incident: Incident;
	model: ConsoleModel;
	templates: CommsTemplate[];
	state: ConsoleState;
	announce: Announce;
	/** Changes this incident as of now, logging as the person using this browser. */
	change: (edit: (incident: Incident, now: number, author: string) => Incident) => void;
}
