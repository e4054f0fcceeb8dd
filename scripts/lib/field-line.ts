import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** One step into a YAML document: a map key or a list index. */
export type FieldPath = (string | number)[];

/**
 * Reads a field path as Astro prints it (`actionItems.2.owner`) or as the model loader does
 * (`levels[2].notification`).
 */
export function parseFieldPath(field: string): FieldPath {
	return (field.match(/[^.[\]]+/g) ?? []).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** One spelling for every message: `actionItems[2].owner`. */
export function formatFieldPath(path: FieldPath): string {
	return path.reduce<string>(
		(out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key),
		'',
	);
}

/** The YAML of a file and the file line its first line sits on: the frontmatter of Markdown, or the whole file. */
function yamlPart(file: string, text: string): { yaml: string; firstLine: number } | undefined {
	if (!/\.mdx?$/.test(file)) return { yaml: text, firstLine: 1 };
	const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
	return match ? { yaml: match[1]!, firstLine: 2 } : undefined;
}

/**
 * The line of `path` in a content file (1-based, counted in the whole file). A field that is missing
 * points at the deepest part of its path that exists, so a required field nobody wrote lands on the
 * object that lacks it; a path that finds nothing at all gives undefined.
 */
export function findFieldLine(file: string, text: string, path: FieldPath): number | undefined {
	const part = yamlPart(file, text);
	if (!part) return undefined;
	const lineCounter = new LineCounter();
	const doc = parseDocument(part.yaml, { lineCounter, keepSourceTokens: false });
	let node: unknown = doc.contents;
	let offset: number | undefined;
	for (const key of path) {
		if (isMap(node)) {
			const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(key));
			if (!pair) break;
			offset = (pair.key as Node).range?.[0];
			node = pair.value;
		} else if (isSeq(node)) {
			// The model names a question by its id (`questions.total-outage`) as well as by position.
			const item = (
				typeof key === 'number' ? node.items[key] : node.items.find((i) => isMap(i) && String(i.get('id')) === key)
			) as Node | undefined;
			if (!item) break;
			offset = item.range?.[0];
			node = item;
		} else break;
	}
	return offset === undefined ? undefined : lineCounter.linePos(offset).line + part.firstLine - 1;
}
