import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadModel } from '../src/data/load-model.ts';
import { toPostmortem } from '../src/domain/postmortem/convert.ts';
import { importDraft } from '../src/domain/postmortem/draft-schema.ts';
import { buildPostmortemFile } from '../src/domain/postmortem/output.ts';

const USAGE = 'Usage: npm run new:postmortem -- <draft.json> [--out-dir content/postmortems] [--force]';

/**
 * Writes the archive file for a draft exported from /tools/post-mortem/, with the same checks and the
 * same serialiser as the browser, so a file made here and one downloaded there are identical.
 * Returns the exit code; messages go to the given streams so tests can read them.
 */
export function run(args: string[], out: (text: string) => void, err: (text: string) => void): number {
	let parsed;
	try {
		parsed = parseArgs({
			args,
			allowPositionals: true,
			options: { 'out-dir': { type: 'string' }, force: { type: 'boolean' }, help: { type: 'boolean' } },
		});
	} catch (error) {
		err(`${(error as Error).message}\n${USAGE}`);
		return 2;
	}
	if (parsed.values.help) {
		out(USAGE);
		return 0;
	}
	const [draftPath] = parsed.positionals;
	if (!draftPath || parsed.positionals.length > 1) {
		err(USAGE);
		return 2;
	}
	let text: string;
	try {
		text = readFileSync(draftPath, 'utf8');
	} catch {
		err(`Cannot read ${draftPath}: no such file, or it is not readable.`);
		return 1;
	}
	const imported = importDraft(text);
	if (!imported.ok) {
		err(`${draftPath}: ${imported.error}`);
		return 1;
	}
	const model = loadModel();
	const runbookDir = resolve('content/runbooks');
	const runbookIds = existsSync(runbookDir)
		? readdirSync(runbookDir)
				.filter((f) => /\.mdx?$/.test(f))
				.map((f) => f.replace(/\.mdx?$/, ''))
		: [];
	const result = toPostmortem(imported.draft, {
		levelIds: model.levels.map((l) => l.id) as [string, ...string[]],
		ownerPolicy: model.config.actionItemOwners,
		runbookIds,
	});
	if (!result.ok) {
		err(`${draftPath} is not ready to become a post-mortem:\n${result.problems.map((p) => `  - ${p}`).join('\n')}`);
		return 1;
	}
	const file = buildPostmortemFile(result.frontmatter, result.notes);
	const outDir = resolve(parsed.values['out-dir'] ?? 'content/postmortems');
	const target = join(outDir, file.fileName);
	if (existsSync(target) && !parsed.values.force) {
		err(`${target} already exists. Pass --force to overwrite it, or change the title or start time.`);
		return 1;
	}
	mkdirSync(outDir, { recursive: true });
	writeFileSync(target, file.content);
	out(`Wrote ${target}`);
	return 0;
}

if (import.meta.main) {
	process.exitCode = run(
		process.argv.slice(2),
		(t) => console.log(t),
		(t) => console.error(t),
	);
}
