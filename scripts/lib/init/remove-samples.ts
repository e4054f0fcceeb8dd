import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { listContentFiles, MARKDOWN, readText } from './content-files.ts';
import { removeFromFrontmatterList } from './frontmatter-lists.ts';
import { pagePath, SAMPLE_IDS, SAMPLE_KINDS, type SampleKind } from './sample-content.ts';
import { findMentions, unlinkPages } from './unlink-pages.ts';

const EXTENSIONS: Record<SampleKind, RegExp> = {
	runbooks: MARKDOWN,
	postmortems: MARKDOWN,
	'public-incidents': /\.ya?ml$/,
};

/** How many of the handbook's samples of one kind are still there. */
export function countSamples(root: string, kind: SampleKind): number {
	return listContentFiles(root, kind, EXTENSIONS[kind]).filter((entry) => SAMPLE_IDS[kind].includes(entry.id)).length;
}

/** Everything removing samples will do, worked out before any file is touched. */
export interface RemovalPlan {
	deletions: { kind: SampleKind; file: string }[];
	/** Files in a chosen folder that are not samples: the team's own, left alone. */
	kept: string[];
	edits: { file: string; text: string; notes: string[] }[];
	/** Mentions of removed pages that are not links, for a person to reword. */
	mentions: string[];
	/** Folders left empty (or missing), which get a .gitkeep so git keeps them for the next runbook or post-mortem. */
	keepFiles: string[];
}

/**
 * Plans the removal of the chosen kinds of sample content, and the clean-up of everything that pointed at
 * any sample no longer there (removed now or by hand before): post-mortems' `runbooks`, runbooks' `related`,
 * and links in every remaining page.
 */
export function planSampleRemoval(root: string, kinds: readonly SampleKind[]): RemovalPlan {
	const plan: RemovalPlan = { deletions: [], kept: [], edits: [], mentions: [], keepFiles: [] };
	const gone = new Set<string>();
	const goneIds: Record<SampleKind, Set<string>> = {
		runbooks: new Set(),
		postmortems: new Set(),
		'public-incidents': new Set(),
	};

	for (const kind of SAMPLE_KINDS) {
		const files = listContentFiles(root, kind, EXTENSIONS[kind]);
		const present = new Set(files.map((f) => f.id));
		for (const id of SAMPLE_IDS[kind]) if (!present.has(id)) goneIds[kind].add(id);
		if (!kinds.includes(kind)) continue;
		for (const entry of files) {
			if (SAMPLE_IDS[kind].includes(entry.id)) {
				plan.deletions.push({ kind, file: entry.file });
				gone.add(entry.file);
				goneIds[kind].add(entry.id);
			} else plan.kept.push(entry.file);
		}
		const folder = `content/${kind}`;
		if (files.every((f) => gone.has(f.file)) && !existsSync(join(root, folder, '.gitkeep'))) {
			plan.keepFiles.push(`${folder}/.gitkeep`);
		}
	}

	const removedPages = new Set(SAMPLE_KINDS.flatMap((kind) => [...goneIds[kind]].map((id) => pagePath(kind, id))));
	for (const id of goneIds.postmortems) removedPages.add(`/archive/${id}.json`);

	const pages = ['docs', 'runbooks', 'postmortems'].flatMap((folder) => listContentFiles(root, folder, MARKDOWN));
	for (const { file } of pages.filter((page) => !gone.has(page.file))) {
		const original = readText(root, file);
		const notes: string[] = [];
		let text = original;
		const lists = file.startsWith('content/postmortems/')
			? ['runbooks']
			: file.startsWith('content/runbooks/')
				? ['related']
				: [];
		for (const key of lists) {
			const result = removeFromFrontmatterList(text, key, goneIds.runbooks);
			text = result.text;
			if (result.removed.length > 0) notes.push(`${key}: dropped ${result.removed.join(', ')}`);
		}
		const links = unlinkPages(text, removedPages);
		text = links.text;
		for (const link of links.unlinked) notes.push(`line ${link.line}: unlinked "${link.label}" (${link.href} is gone)`);
		if (text !== original) plan.edits.push({ file, text, notes });
		for (const mention of findMentions(text, removedPages)) {
			plan.mentions.push(`${file}:${mention.line}: still mentions ${mention.path}, which is gone; reword it by hand`);
		}
	}
	return plan;
}

export function applyRemoval(root: string, plan: RemovalPlan): void {
	for (const { file } of plan.deletions) rmSync(join(root, file));
	for (const { file, text } of plan.edits) writeFileSync(join(root, file), text);
	for (const file of plan.keepFiles) {
		mkdirSync(dirname(join(root, file)), { recursive: true });
		writeFileSync(join(root, file), '');
	}
}
