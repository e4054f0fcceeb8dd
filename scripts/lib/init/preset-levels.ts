import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { frontmatterOf, listContentFiles, MARKDOWN, readText } from './content-files.ts';

export interface PresetSummary {
	name: string;
	levels: { id: string; label: string }[];
}

/** Every severity scale under content/model/presets/, with its levels, for choosing one. */
export function listPresets(root: string): PresetSummary[] {
	const dir = join(root, 'content/model/presets');
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'levels.yaml')))
		.map((entry) => {
			const levels = (parse(readFileSync(join(dir, entry.name, 'levels.yaml'), 'utf8'))?.levels ?? []) as {
				id: string;
				label: string;
			}[];
			return { name: entry.name, levels: levels.map(({ id, label }) => ({ id: String(id), label: String(label) })) };
		})
		.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Post-mortems and runbooks that name a level the preset does not have. Switching to it would stop the
 * build on each of them, so init says which and changes nothing. Files about to be removed are skipped.
 */
export function levelsMissingFrom(
	root: string,
	preset: PresetSummary,
	skip: ReadonlySet<string>,
): { file: string; level: string }[] {
	const known = new Set(preset.levels.map((level) => level.id));
	return ['postmortems', 'runbooks'].flatMap((folder) =>
		listContentFiles(root, folder, MARKDOWN)
			.filter(({ file }) => !skip.has(file))
			.flatMap(({ file }) => {
				const severity = frontmatterOf(readText(root, file)).severity;
				const levels = (Array.isArray(severity) ? severity : severity === undefined ? [] : [severity]).map(String);
				return levels.filter((level) => !known.has(level)).map((level) => ({ file, level }));
			}),
	);
}
