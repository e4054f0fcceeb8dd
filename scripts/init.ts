/**
 * `npm run init`: the first thing a team runs in its fork. Sets the organization, repository, branch and
 * severity scale in content/model/model.yaml and removes the sample content it does not want, leaving no
 * reference to what it removed. Running it again changes only what differs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { questioner } from './lib/init/ask.ts';
import { parseInitArgs, USAGE, type InitRequest } from './lib/init/flags.ts';
import { originWebAddress } from './lib/init/git-remote.ts';
import { currentConfig, planConfig, type ConfigChange } from './lib/init/model-config.ts';
import { levelsMissingFrom, listPresets } from './lib/init/preset-levels.ts';
import { applyRemoval, countSamples, planSampleRemoval } from './lib/init/remove-samples.ts';
import { SAMPLE_KINDS, SAMPLE_LABELS, SAMPLE_REPOSITORY } from './lib/init/sample-content.ts';
import { joinWords } from '../src/domain/text/words.ts';

const MODEL = 'content/model/model.yaml';
const root = process.cwd();

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

let request: InitRequest;
try {
	request = parseInitArgs(process.argv.slice(2));
} catch (error) {
	fail(`${(error as Error).message}\n\n${USAGE}`);
}
if (request.help) {
	console.log(USAGE);
	process.exit(0);
}

const modelText = readFileSync(join(root, MODEL), 'utf8');
const current = currentConfig(modelText);
const presets = listPresets(root);

const answers = { ...request.answers };
let remove = request.remove;
if (!request.yes) {
	const { ask, close } = questioner();
	const answer = async (question: string, fallback: string) => {
		const reply = await ask(question, fallback);
		if (reply !== undefined) return reply;
		close();
		fail('\nInput ended before every question was answered; nothing was changed. Give the rest as options, or --yes.');
	};
	console.log('Make this handbook yours. Press Enter to keep the value in brackets.\n');
	answers.organization ??= await answer('Organization name', String(current.organization ?? ''));
	if (answers.repository === undefined) {
		const origin = originWebAddress(root);
		const suggested =
			!current.repository || current.repository === SAMPLE_REPOSITORY
				? (origin ?? current.repository)
				: current.repository;
		const reply = await answer('Repository web address ("none" to leave it out)', String(suggested ?? 'none'));
		answers.repository = /^none$/i.test(reply) ? null : reply;
	}
	answers.branch ??= await answer('Branch for "open a pull request" links', String(current.branch ?? 'main'));
	if (answers.preset === undefined) {
		for (const preset of presets)
			console.log(`  ${preset.name}: ${preset.levels.map((l) => `${l.id} ${l.label}`).join(', ')}`);
		answers.preset = await answer('Severity scale', String(current.preset ?? ''));
	}
	if (remove === undefined) {
		remove = [];
		for (const kind of SAMPLE_KINDS) {
			const count = countSamples(root, kind);
			if (count === 0) continue;
			const reply = await answer(`Remove the ${count} ${SAMPLE_LABELS[kind]}? (y/n)`, 'n');
			if (/^y(es)?$/i.test(reply)) remove.push(kind);
		}
	}
	close();
	console.log('');
}

const config = planConfig(
	modelText,
	answers,
	presets.map((p) => p.name),
);
if (!config.ok)
	fail(`Nothing was changed; ${MODEL} would not be valid:\n${config.problems.map((p) => `  ${p}`).join('\n')}`);

const removal = planSampleRemoval(root, remove ?? []);
const presetChange = config.changes.find((change) => change.field === 'preset');
if (presetChange) {
	const preset = presets.find((p) => p.name === presetChange.to)!;
	const missing = levelsMissingFrom(root, preset, new Set(removal.deletions.map((d) => d.file)));
	if (missing.length > 0) {
		fail(
			`Nothing was changed; ${preset.name} has no level for:\n${missing.map((m) => `  ${m.file}: severity ${m.level}`).join('\n')}\n` +
				`It has ${preset.levels.map((l) => l.id).join(', ')}. Change those files first, or keep ${String(presetChange.from)}.`,
		);
	}
}

if (config.changes.length > 0) writeFileSync(join(root, MODEL), config.text);
applyRemoval(root, removal);

const shown = (value: unknown) => (value === undefined ? '(none)' : JSON.stringify(value));
const report: string[] = [];
if (config.changes.length > 0) {
	report.push(MODEL, ...config.changes.map((c: ConfigChange) => `  ${c.field}: ${shown(c.from)} → ${shown(c.to)}`));
}
const removedKinds = SAMPLE_KINDS.map(
	(kind) => [kind, removal.deletions.filter((d) => d.kind === kind).length] as const,
).filter(([, count]) => count > 0);
if (removedKinds.length > 0) {
	report.push(`Removed ${joinWords(removedKinds.map(([kind, count]) => `${count} ${SAMPLE_LABELS[kind]}`))}.`);
	report.push(...removal.keepFiles.map((file) => `  ${file} keeps the empty folder`));
}
if (removal.edits.length > 0) {
	report.push('Removed references to content that is gone:');
	for (const edit of removal.edits) report.push(...edit.notes.map((note) => `  ${edit.file}: ${note}`));
}
if (report.length === 0)
	report.push(`Nothing to change: ${MODEL} already says this, and no chosen sample content is left.`);
const leftOver = [
	...removal.mentions,
	...removal.kept.map((file) => `${file}: not one of the handbook's samples, kept`),
];
if (leftOver.length > 0) report.push('For you to check:', ...leftOver.map((line) => `  ${line}`));
if (config.changes.length > 0 || removal.deletions.length > 0 || removal.edits.length > 0) {
	report.push('Next: npm run check:content, then npm start to look at the result.');
}
console.log(report.join('\n'));
