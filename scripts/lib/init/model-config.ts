import { isScalar, parse, parseDocument } from 'yaml';
import { modelConfigSchema } from '../../../src/schemas/model.ts';
import { formatFieldPath } from '../field-line.ts';

/** What init may set in content/model/model.yaml; `repository: null` removes the line. */
export interface ConfigAnswers {
	organization?: string;
	repository?: string | null;
	branch?: string;
	preset?: string;
}

export interface ConfigChange {
	field: keyof ConfigAnswers;
	from: unknown;
	to: unknown;
}

export type ConfigPlan = { ok: true; text: string; changes: ConfigChange[] } | { ok: false; problems: string[] };

const FIELDS = ['organization', 'repository', 'branch', 'preset'] as const;

/** The values model.yaml holds now, read as the schema reads them. */
export function currentConfig(text: string): Record<string, unknown> {
	return (parse(text) as Record<string, unknown> | null) ?? {};
}

/**
 * Checks the answers with the same schema the build uses (and the preset against the folders that exist),
 * then writes only the values that differ into model.yaml through yaml's Document API, so its comments and
 * the yaml-language-server line stay. Answers equal to what is there change nothing.
 */
export function planConfig(text: string, answers: ConfigAnswers, presets: readonly string[]): ConfigPlan {
	const current = currentConfig(text);
	const candidate: Record<string, unknown> = { ...current };
	for (const field of FIELDS) {
		const value = answers[field];
		if (value === null) delete candidate[field];
		else if (value !== undefined) candidate[field] = value.trim();
	}

	const problems: string[] = [];
	const checked = modelConfigSchema.safeParse(candidate);
	if (!checked.success) {
		for (const issue of checked.error.issues)
			problems.push(`${formatFieldPath(issue.path as (string | number)[])}: ${issue.message}`);
	}
	if (typeof candidate.preset === 'string' && !presets.includes(candidate.preset)) {
		problems.push(
			`preset: no folder content/model/presets/${candidate.preset}/; choose one of ${presets.map((p) => `"${p}"`).join(', ')}`,
		);
	}
	if (problems.length > 0) return { ok: false, problems };

	const doc = parseDocument(text);
	const changes: ConfigChange[] = [];
	for (const field of FIELDS) {
		const to = candidate[field];
		const from = current[field];
		if (to === from) continue;
		changes.push({ field, from, to });
		const node = doc.get(field, true);
		if (to === undefined) doc.delete(field);
		else if (isScalar(node)) node.value = to;
		else doc.set(field, to);
	}
	return { ok: true, text: changes.length === 0 ? text : String(doc), changes };
}
