import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';

const FRONTMATTER = /^---\r?\n([\s\S]*?\r?\n)---(?:\r?\n|$)/;

const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;
const lineEnd = (text: string, at: number) => {
	const newline = text.indexOf('\n', at);
	return newline === -1 ? text.length : newline + 1;
};

/**
 * Takes `ids` out of the list under `key` in a Markdown file's frontmatter (`runbooks: [a, b]` or one
 * `- a` per line), and the key itself once its list is empty. Only those characters change: rewriting
 * the whole frontmatter would refold every long folded string in it.
 */
export function removeFromFrontmatterList(
	text: string,
	key: string,
	ids: ReadonlySet<string>,
): { text: string; removed: string[] } {
	const match = FRONTMATTER.exec(text);
	if (!match) return { text, removed: [] };
	const base = match[0].indexOf(match[1]!);
	const yaml = match[1]!;
	const doc = parseDocument(yaml);
	if (!isMap(doc.contents)) return { text, removed: [] };
	const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key);
	const list = pair?.value;
	if (!pair || !isSeq(list)) return { text, removed: [] };
	const items = list.items as Node[];
	const gone = items.filter((item) => isScalar(item) && ids.has(String(item.value)));
	if (gone.length === 0) return { text, removed: [] };
	const kept = items.filter((item) => !gone.includes(item));

	let edited: string;
	if (kept.length === 0) {
		edited =
			yaml.slice(0, lineStart(yaml, (pair.key as Node).range![0])) + yaml.slice(lineEnd(yaml, list.range![1] - 1));
	} else if (list.flow) {
		const values = kept.map((item) => yaml.slice(item.range![0], item.range![1]));
		edited = yaml.slice(0, list.range![0]) + `[${values.join(', ')}]` + yaml.slice(list.range![1]);
	} else {
		edited = yaml;
		for (const item of [...gone].reverse()) {
			edited = edited.slice(0, lineStart(edited, item.range![0])) + edited.slice(lineEnd(edited, item.range![1] - 1));
		}
	}
	return {
		text: text.slice(0, base) + edited + text.slice(base + yaml.length),
		removed: gone.map((item) => String((item as { value: unknown }).value)),
	};
}
