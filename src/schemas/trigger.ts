import { z } from 'astro/zod';

/**
 * What set an incident off; shared by the post-mortem archive and the public-incident summaries.
 * `operation` is an operational command or maintenance step, run by hand or by a tool (removing
 * servers, wiping a directory, running a cleanup script, replacing equipment), as distinct from a
 * deploy of code or a change to configuration.
 */
export const triggerSchema = z
	.enum(['deploy', 'config-change', 'operation', 'capacity', 'dependency', 'hardware', 'security', 'data', 'other'])
	.describe('The category of change or event that set the incident off');

export const TRIGGER_LABELS: Record<z.output<typeof triggerSchema>, string> = {
	deploy: 'Deploy',
	'config-change': 'Config change',
	operation: 'Operational step',
	capacity: 'Capacity',
	dependency: 'Dependency',
	hardware: 'Hardware',
	security: 'Security',
	data: 'Data',
	other: 'Other',
};
