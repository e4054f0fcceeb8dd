import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from './content-errors.ts';
import { findFieldLine } from './field-line.ts';

/** Astro names collections in camelCase; their folders under content/ are kebab-case (src/content.config.ts). */
function entryFile(root: string, collection: string, id: string): string | undefined {
	const folder = collection.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
	return ['.mdx', '.md', '.yaml', '.yml']
		.map((extension) => `content/${folder}/${id}${extension}`)
		.find((file) => existsSync(join(root, file)));
}

/**
 * Fills in the file of reference errors and the line of every field the output named without one, by
 * reading the files under `root`. A file that no longer exists keeps its problem unlocated rather than lost.
 */
export function locateProblems(problems: ContentProblem[], root: string): ContentProblem[] {
	const texts = new Map<string, string | undefined>();
	const read = (file: string) => {
		if (!texts.has(file))
			texts.set(file, existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : undefined);
		return texts.get(file);
	};
	return problems.map((problem) => {
		const file = problem.file ?? (problem.entry && entryFile(root, problem.entry.collection, problem.entry.id));
		if (!file) return problem;
		const text = read(file);
		if (problem.line !== undefined || text === undefined) return { ...problem, file };
		const line = problem.path ? findFieldLine(file, text, problem.path) : undefined;
		return { ...problem, file, line: line ?? 1 };
	});
}
