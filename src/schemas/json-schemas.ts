import { z } from 'astro/zod';
import {
	decisionTreeFileSchema,
	escalationFileSchema,
	levelsFileSchema,
	lifecycleFileSchema,
	modelConfigSchema,
	rolesFileSchema,
	commsRequirementsFileSchema,
} from './model.ts';

/**
 * JSON Schemas for editors, generated from the zod schemas so the descriptions live in one place.
 * `io: 'input'` describes what authors type (`30m`), not the parsed value.
 */
export const JSON_SCHEMA_SOURCES: Record<string, z.ZodType> = {
	'model-config': modelConfigSchema,
	levels: levelsFileSchema,
	'decision-tree': decisionTreeFileSchema,
	roles: rolesFileSchema,
	escalation: escalationFileSchema,
	lifecycle: lifecycleFileSchema,
	'comms-requirements': commsRequirementsFileSchema,
};

export function toJsonSchemas(sources: Record<string, z.ZodType> = JSON_SCHEMA_SOURCES): Record<string, string> {
	return Object.fromEntries(
		Object.entries(sources).map(([name, schema]) => [
			`${name}.schema.json`,
			`${JSON.stringify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), null, '\t')}\n`,
		]),
	);
}
