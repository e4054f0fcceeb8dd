/**
 * `npm run check:content`: validates every content collection and the incident model with `astro sync`,
 * then lists each problem on its file and line. In GitHub Actions the list is printed as `::error`
 * commands, so a pull request shows them on the lines that need fixing.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { firstErrorLine, parseSyncOutput } from './lib/content-errors.ts';
import { toAnnotation, toPlainLine } from './lib/ci-annotations.ts';
import { locateProblems } from './lib/locate-problems.ts';

const root = process.cwd();
const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
const sync = spawnSync(process.execPath, [astroBin, 'sync'], {
	cwd: root,
	env: { ...process.env, FORCE_COLOR: '0' },
	encoding: 'utf8',
	maxBuffer: 64 * 1024 * 1024,
});
const output = `${sync.stdout ?? ''}\n${sync.stderr ?? ''}`;
const failed = sync.status !== 0;

// Astro logs a reference to a missing entry and carries on; the build fails on it later, so it counts here.
const problems = locateProblems(parseSyncOutput(output, root), root);
if (failed && problems.length === 0) {
	console.log(output.trim());
	problems.push({ kind: 'other', message: firstErrorLine(output) });
}

if (problems.length === 0) {
	console.log('Content is valid: the incident model and every collection loaded.');
	process.exit(0);
}

const inActions = process.env.GITHUB_ACTIONS === 'true';
for (const problem of problems) console.log(inActions ? toAnnotation(problem) : toPlainLine(problem));
console.log(
	`\n${problems.length} content problem${problems.length === 1 ? '' : 's'} found. Run npx astro sync for Astro's full output.`,
);
// GitHub shows at most ten error annotations per step; the rest are only in this log.
if (inActions && problems.length > 10) console.log('The pull request shows the first 10; this log lists them all.');
process.exit(1);
