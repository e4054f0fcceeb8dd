import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import {
	decisionTreeFileSchema,
	escalationFileSchema,
	levelsFileSchema,
	lifecycleFileSchema,
	commsRequirementsFileSchema,
	modelConfigSchema,
	rolesFileSchema,
	type IncidentModel,
} from '../schemas/model.ts';
import { findModelProblems, type ModelProblem } from '../domain/model/model-problems.ts';

/** Thrown when the incident model is invalid; the message lists every problem with file and field. */
export class ModelError extends Error {
	readonly problems: ModelProblem[];
	constructor(problems: ModelProblem[]) {
		super(`The incident model is invalid:\n${problems.map((p) => `  ${p.file}: ${p.path}: ${p.message}`).join('\n')}`);
		this.name = 'ModelError';
		this.problems = problems;
	}
}

function describeIssue(issue: z.core.$ZodIssue): string {
	if (issue.code === 'invalid_value' && 'values' in issue) {
		return `${issue.message.replace(/: expected one of.*$/, '')}; allowed: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
	}
	if (issue.code === 'unrecognized_keys')
		return `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}; check the spelling`;
	if (issue.code === 'invalid_type' && /received undefined/.test(issue.message))
		return `missing required field (${issue.expected} expected)`;
	return issue.message;
}

function formatPath(path: PropertyKey[]): string {
	return (
		path.reduce<string>(
			(out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
			'',
		) || '(top level)'
	);
}

function readYaml<S extends z.ZodType>(
	root: string,
	file: string,
	schema: S,
	problems: ModelProblem[],
): z.output<S> | undefined {
	const path = join(root, file);
	const shown = relative(process.cwd(), path) || path;
	if (!existsSync(path)) {
		problems.push({ file: shown, path: '(file)', message: 'file is missing' });
		return undefined;
	}
	let data: unknown;
	try {
		data = parse(readFileSync(path, 'utf8'));
	} catch (error) {
		problems.push({
			file: shown,
			path: '(file)',
			message: `not valid YAML: ${(error as Error).message.split('\n')[0]}`,
		});
		return undefined;
	}
	const result = schema.safeParse(data);
	if (result.success) return result.data;
	for (const issue of result.error.issues) {
		problems.push({ file: shown, path: formatPath(issue.path), message: describeIssue(issue) });
	}
	return undefined;
}

/** Default location of the model, relative to the project root. */
export const MODEL_DIR = 'content/model';

/** Reads and validates the incident model, throwing a ModelError that names every problem. */
export function loadModel(root: string = resolve(MODEL_DIR)): IncidentModel {
	const problems: ModelProblem[] = [];
	const config = readYaml(root, 'model.yaml', modelConfigSchema, problems);
	if (!config) throw new ModelError(problems);
	const presetDir = join('presets', config.preset);
	if (!existsSync(join(root, presetDir))) {
		const presets = existsSync(join(root, 'presets')) ? readdirSync(join(root, 'presets')) : [];
		throw new ModelError([
			{
				file: relative(process.cwd(), join(root, 'model.yaml')),
				path: 'preset',
				message: `unknown preset "${config.preset}"; allowed: ${presets.map((p) => `"${p}"`).join(', ')}`,
			},
		]);
	}
	const files = {
		levels: join(presetDir, 'levels.yaml'),
		tree: join(presetDir, 'decision-tree.yaml'),
		escalation: join(presetDir, 'escalation.yaml'),
		roles: 'roles.yaml',
		lifecycle: 'lifecycle.yaml',
		commsRequirements: 'comms-requirements.yaml',
	};
	const levelsFile = readYaml(root, files.levels, levelsFileSchema, problems);
	const levels = levelsFile?.levels;
	const tree = readYaml(root, files.tree, decisionTreeFileSchema, problems);
	const escalation = readYaml(root, files.escalation, escalationFileSchema, problems);
	const roles = readYaml(root, files.roles, rolesFileSchema, problems)?.roles;
	const lifecycle = readYaml(root, files.lifecycle, lifecycleFileSchema, problems);
	const commsRequirements = readYaml(root, files.commsRequirements, commsRequirementsFileSchema, problems);
	if (!levels || !tree || !escalation || !roles || !lifecycle || !commsRequirements) throw new ModelError(problems);
	const model = {
		config,
		levels,
		levelRationale: levelsFile!.rationale,
		tree,
		escalation,
		roles,
		lifecycle,
		commsRequirements,
	};
	const shown = Object.fromEntries(
		Object.entries(files).map(([k, f]) => [k, relative(process.cwd(), join(root, f)) || f]),
	) as typeof files;
	problems.push(...findModelProblems(model, shown));
	if (problems.length > 0) throw new ModelError(problems);
	return model;
}
