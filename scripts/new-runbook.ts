import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { loadModel } from '../src/data/load-model.ts';
import { buildAlertIndex } from '../src/domain/runbooks/alerts.ts';
import { runbookSkeleton, runbookSlug, splitList, toRunbookFile } from '../src/domain/runbooks/skeleton.ts';
import { runbookSchema } from '../src/schemas/runbook.ts';
import { formatDay, resolveBuildDate } from '../src/domain/time/calendar.ts';

const USAGE = `Writes a draft runbook into content/runbooks/ that passes the schema, ready to fill in.

Usage: npm run new:runbook -- [options]
  --title <text>       what the runbook handles, e.g. "Search index lag"
  --service <name>     service it belongs to
  --owner <team>       team that keeps it correct
  --severity <id>      a level from the incident model; repeat or separate with commas
  --alert <name>       an alert that should open it; repeat or separate with commas
  --dir <folder>       where to write (default: content/runbooks of this project)
  --force              overwrite an existing runbook with the same name
Anything not given as a flag is asked for when run in a terminal.`;

// The model and default folder belong to this project, whichever directory the command is started from.
const projectRoot = fileURLToPath(new URL('..', import.meta.url));

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

let flags;
try {
	flags = parseArgs({
		options: {
			title: { type: 'string' },
			service: { type: 'string' },
			owner: { type: 'string' },
			severity: { type: 'string', multiple: true },
			alert: { type: 'string', multiple: true },
			dir: { type: 'string' },
			force: { type: 'boolean', default: false },
			help: { type: 'boolean', short: 'h', default: false },
		},
	}).values;
} catch (error) {
	fail(`${(error as Error).message}\n\n${USAGE}`);
}
if (flags.help) {
	console.log(USAGE);
	process.exit(0);
}

const model = loadModel(join(projectRoot, 'content/model'));
const levelIds = model.levels.map((l) => l.id) as [string, ...string[]];
const allowed = levelIds.join(', ');

const answers = {
	title: flags.title?.trim() ?? '',
	service: flags.service?.trim() ?? '',
	owner: flags.owner?.trim() ?? '',
	severity: splitList(flags.severity ?? []),
	alerts: splitList(flags.alert ?? []),
};

const questions = {
	title: 'Title (what the runbook handles): ',
	service: 'Service: ',
	owner: 'Owning team: ',
	severity: `Severity levels (${allowed}; comma-separated): `,
	alerts: 'Alert names that should open it (comma-separated): ',
} as const;
const missing = (Object.keys(questions) as (keyof typeof questions)[]).filter((key) => answers[key].length === 0);

if (missing.length > 0) {
	const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: Boolean(process.stdin.isTTY) });
	// Reading through the line iterator rather than rl.question() keeps lines that a pipe delivers early.
	const lines = rl[Symbol.asyncIterator]();
	for (const [i, key] of missing.entries()) {
		process.stdout.write(questions[key]);
		const line = await lines.next();
		if (line.done) {
			rl.close();
			const left = missing.slice(i).map((k) => `--${k === 'alerts' ? 'alert' : k}`);
			fail(`\nNo answer for ${left.join(', ')}; give them as flags or answer each question.\n\n${USAGE}`);
		}
		const reply = String(line.value).trim();
		if (key === 'severity' || key === 'alerts') answers[key] = splitList([reply]);
		else answers[key] = reply;
	}
	rl.close();
}

const slug = runbookSlug(answers.title);
if (slug === '') fail('The title needs at least one letter or digit; it also becomes the file name.');

const frontmatter = runbookSkeleton({ ...answers, today: formatDay(resolveBuildDate(undefined)) });
const result = runbookSchema({ levelIds, runbookRef: z.string() }).safeParse(frontmatter);
if (!result.success) {
	fail(
		`The runbook was not written:\n${result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`,
	);
}

const dir = resolve(flags.dir ?? join(projectRoot, 'content/runbooks'));
const file = join(dir, `${slug}.mdx`);
const shown = relative(process.cwd(), file) || file;
if (existsSync(file) && !flags.force)
	fail(`${shown} already exists; choose another title or pass --force to overwrite it.`);

// An alert can open only one runbook; catching a clash here saves the author a failed build later.
const others = existsSync(dir)
	? readdirSync(dir)
			.filter((name) => /\.mdx?$/.test(name) && name !== `${slug}.mdx`)
			.map((name) => {
				const data = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, name), 'utf8'))?.[1] ?? '') ?? {};
				return {
					id: name.replace(/\.mdx?$/, ''),
					title: String(data.title ?? name),
					alerts: Array.isArray(data.alerts) ? data.alerts.map(String) : [],
				};
			})
	: [];
try {
	buildAlertIndex([...others, { id: slug, title: answers.title, alerts: answers.alerts }]);
} catch (error) {
	fail(`The runbook was not written: ${(error as Error).message}`);
}

mkdirSync(dir, { recursive: true });
writeFileSync(file, toRunbookFile(frontmatter));
console.log(`Wrote ${shown}. It is marked draft: true; replace every "Draft:" prompt, then delete the draft line.`);
