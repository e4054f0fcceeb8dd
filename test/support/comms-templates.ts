import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { IncidentModel } from '../../src/schemas/model.ts';
import { commsTemplateSchema } from '../../src/schemas/comms-template.ts';

const DIR = 'content/comms';

/** The shipped comms templates, checked against the model as the build checks them, each with its id. */
export function loadCommsTemplates(model: IncidentModel) {
	const schema = commsTemplateSchema({
		stageIds: model.lifecycle.statusPageStages.map((s) => s.id),
		roleIds: model.roles.map((r) => r.id),
		kinds: model.commsRequirements.kinds,
	});
	return readdirSync(DIR)
		.filter((file) => file.endsWith('.yaml'))
		.map((file) => ({
			id: file.replace(/\.yaml$/, ''),
			...schema.parse(parse(readFileSync(join(DIR, file), 'utf8'))),
		}));
}
