import { z } from 'astro/zod';

/** What set an incident off; shared by the post-mortem archive and the public-incident summaries. */
export const triggerSchema = z
	.enum(['deploy', 'config-change', 'capacity', 'dependency', 'hardware', 'security', 'data', 'other'])
	.describe('The category of change or event that set the incident off');

export const TRIGGER_LABELS: Record<z.output<typeof triggerSchema>, string> = {
	deploy: 'Deploy',
	'config-change': 'Config change',
	capacity: 'Capacity',
	dependency: 'Dependency',
	hardware: 'Hardware',
	security: 'Security',
	data: 'Data',
	other: 'Other',
};
