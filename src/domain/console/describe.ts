import type { Entry } from './incident-schema.ts';
import { AUDIENCE_LABELS, MARKER_LABELS } from './vocabulary.ts';
import { levelName, roleName, type ConsoleModel } from './console-model.ts';

type Model = Pick<ConsoleModel, 'levels' | 'roles' | 'phases'>;

/**
 * One log entry as a sentence, the same on screen, in a hand-over brief and in the post-mortem's timeline:
 * "Mitigated: rolled back the deploy", "Level set to SEV1 (Critical): payments down everywhere".
 */
export function describeEntry(entry: Entry, model: Model): string {
	switch (entry.kind) {
		case 'note': {
			if (!entry.marker) return entry.text;
			const label = MARKER_LABELS[entry.marker];
			const done = entry.marker === 'action' && entry.done ? ' (done)' : '';
			return entry.text.trim() ? `${label}${done}: ${entry.text}` : `${label}${done}`;
		}
		case 'level':
			return `Level set to ${levelName(model, entry.level)}${entry.text.trim() ? `: ${entry.text}` : ''}`;
		case 'role': {
			const role = roleName(model, entry.role);
			if (!entry.holder) return `Nobody holds ${role} now`;
			return entry.handoff ? `${role} handed over to ${entry.holder}` : `${entry.holder} holds ${role}`;
		}
		case 'update':
			return `${AUDIENCE_LABELS[entry.audience]} sent: ${entry.text}`;
		case 'check':
			return `${entry.done ? 'Done' : 'Not done after all'}: ${entry.text}`;
		case 'phase':
			return `Phase: ${model.phases.find((p) => p.id === entry.phase)?.name ?? entry.phase}`;
	}
}
