import { isAbsolute, relative, sep } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { formatFieldPath, parseFieldPath, type FieldPath } from './field-line.ts';

/** Where a problem came from, which decides how it is located and titled. */
export type ProblemKind = 'model' | 'frontmatter' | 'reference' | 'body' | 'yaml' | 'other';

/** One thing `astro sync` found wrong with the content, as precisely as its output allows. */
export interface ContentProblem {
	kind: ProblemKind;
	message: string;
	/** Project-relative, with forward slashes. */
	file?: string;
	line?: number;
	/** The field as the message names it, e.g. `actionItems[2].owner`. */
	field?: string;
	/** Where to look for the line when the output gives none; may go one step deeper than `field`. */
	path?: FieldPath;
	/** The entry a reference error names, when its file still has to be found. */
	entry?: { collection: string; id: string };
}

const MODEL_LINE = /^\s*(\S+\.ya?ml): (\(file\)|\(top level\)|[^\s:]+): (.+)$/;
const BODY_LINE = /^(\S+?\.mdx?)(?::(\d+))?: body: (.+)$/;
const SCHEMA_HEADER = /\[InvalidContentEntryDataError\] (\S+) → (.+?) data does not match collection schema\./;
const SCHEMA_FIELD = /^ {2}(\S+?)(?:\*\*)?: (?:\*\*)?(.+)$/;
const REFERENCE =
	/Invalid content reference: entry "(.+?)" in collection "(.+?)" \(field: (.+?)\) references "(.+?)" in collection "(.+?)", but that entry does not exist\./;
const LOCATION = /^\s+(\/\S+|[A-Za-z]:\\\S+):(\d+):(\d+)$/;
const LOG_LINE = /^\d\d:\d\d:\d\d /;
// Zod names a misspelt key in the message, one level below the object its path points at.
const UNKNOWN_KEY = /^(?:Unrecognized keys?: |unknown field\(s\) )"([^"]+)"/;

function toProjectPath(file: string, root: string): string | undefined {
	const inside = isAbsolute(file) ? relative(root, file) : file;
	if (inside.startsWith('..') || isAbsolute(inside)) return undefined;
	return inside.split(sep).join('/');
}

function fieldProblem(kind: ProblemKind, field: string, text: string): ContentProblem {
	const path = parseFieldPath(field);
	// Astro prints a missing field as `description**: **description: Required`.
	const own = text.startsWith(`${field}: `) ? text.slice(field.length + 2) : text;
	const message = own === 'Required' ? 'missing; this field is required' : own;
	const key = UNKNOWN_KEY.exec(message)?.[1];
	return { kind, message, field: formatFieldPath(path), path: key ? [...path, key] : path };
}

/**
 * Reads the problems out of what `astro sync` printed. The output mixes several shapes: the incident
 * model's own list (`file: field: message`, see src/data/load-model.ts), Astro's schema errors (a block of
 * `field: message` lines under the entry, then its file as a Location), post-mortem notes
 * (`file:line: body: …`, see src/data/archive-glob.ts), YAML that does not parse (a message, then a
 * Location with the line) and references to entries that do not exist (logged without stopping sync).
 */
export function parseSyncOutput(output: string, root: string): ContentProblem[] {
	const lines = stripVTControlCharacters(output).split(/\r?\n/);
	const problems: ContentProblem[] = [];
	const seen = new Set<string>();
	const add = (problem: ContentProblem) => {
		const key = [problem.file, problem.line, problem.field, problem.message, problem.entry?.id].join('\0');
		if (seen.has(key)) return;
		seen.add(key);
		problems.push(problem);
	};

	let schemaBlock: ContentProblem[] | undefined;
	let collectingFields = false;
	let lastMessage: string | undefined;

	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		const reference = REFERENCE.exec(line);
		if (reference) {
			const [, id, collection, field, target, targetCollection] = reference;
			add({
				...fieldProblem('reference', field!, `no entry "${target}" in collection "${targetCollection}"`),
				entry: { collection: collection!, id: id! },
			});
			continue;
		}
		const body = BODY_LINE.exec(line);
		if (body) {
			add({
				kind: 'body',
				file: body[1],
				line: body[2] ? Number(body[2]) : undefined,
				field: 'body',
				message: body[3]!,
			});
			continue;
		}
		const header = SCHEMA_HEADER.exec(line);
		if (header) {
			schemaBlock = [];
			collectingFields = true;
			lastMessage = undefined;
			continue;
		}
		if (collectingFields && schemaBlock) {
			const field = SCHEMA_FIELD.exec(line);
			if (field) {
				schemaBlock.push(fieldProblem('frontmatter', field[1]!, field[2]!));
				continue;
			}
			if (line.trim() !== '' || schemaBlock.length > 0) collectingFields = false;
		}
		const model = MODEL_LINE.exec(line);
		if (model && !line.includes('    at ')) {
			const [, file, field, message] = model;
			const fileWide = field!.startsWith('(');
			add({
				...(fileWide ? { kind: 'model' as const, message: message! } : fieldProblem('model', field!, message!)),
				message: message!.replace(/\.$/, ''),
				file,
			});
			continue;
		}
		if (/^\s*Location:$/.test(line)) {
			const place = LOCATION.exec(lines[i + 1] ?? '');
			const file = place ? toProjectPath(place[1]!, root) : undefined;
			if (file?.startsWith('content/')) {
				if (schemaBlock) for (const problem of schemaBlock) add({ ...problem, file });
				else if (Number(place![2]) > 0 && lastMessage)
					add({ kind: 'yaml', file, line: Number(place![2]), message: lastMessage });
			}
			schemaBlock = undefined;
			lastMessage = undefined;
			continue;
		}
		if (line.trim() !== '' && !/^\s/.test(line) && !LOG_LINE.test(line)) lastMessage = line.trim();
	}
	return problems;
}

/** The first line that reads like an error, for output none of the known shapes matched. */
export function firstErrorLine(output: string): string {
	const lines = stripVTControlCharacters(output)
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter((line) => line !== '' && !/^\d\d:\d\d:\d\d \[(content|types)\] /.test(line));
	return lines.find((line) => /error|invalid|failed|cannot/i.test(line)) ?? lines[0] ?? 'astro sync failed';
}
