import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DAY_MS = 86_400_000;
/** Synthetic incidents spread over about three years, so the dashboard's months and quarters fill as they would. */
const SPREAD_DAYS = 1_100;

const shiftTimestamp = (value: string, days: number) =>
	new Date(Date.parse(value) - days * DAY_MS).toISOString().replace('.000Z', 'Z');
const shiftDate = (value: string, days: number) => shiftTimestamp(`${value}T00:00:00Z`, days).slice(0, 10);

/** Moves every UTC timestamp and calendar date in a file `days` into the past, keeping their order. */
function shiftDates(text: string, days: number): string {
	return text
		.replace(/\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?Z\b/g, (value) => {
			const shifted = shiftTimestamp(value, days);
			return value.length === 17 ? `${shifted.slice(0, 16)}Z` : shifted;
		})
		.replace(/\b\d{4}-\d{2}-\d{2}\b(?!T)/g, (value) => shiftDate(value, days));
}

/** Appends a marker to the frontmatter title, whether it is written plain or quoted. */
function retitle(text: string, suffix: string): string {
	return text.replace(
		/^title: (["']?)(.*)\1$/m,
		(_line, quote: string, title: string) => `title: ${quote}${title} ${suffix}${quote}`,
	);
}

/** Alert names must stay unique across runbooks for the alert lookup, so each copy gets its own. */
function renameAlerts(text: string, suffix: string): string {
	return text.replace(/^alerts:\n((?:\s+- .+\n)+)/m, (block) => block.replace(/^(\s+- )(.+)$/gm, `$1$2${suffix}`));
}

function templates(dir: string): { name: string; text: string }[] {
	return readdirSync(dir)
		.filter((file) => file.endsWith('.mdx'))
		.sort()
		.map((file) => ({ name: file.replace(/\.mdx$/, ''), text: readFileSync(join(dir, file), 'utf8') }));
}

/** What every post-mortem and runbook the bench adds is named with: its file name, and so its page's address. */
export const SYNTHETIC_PREFIX = 'synthetic-';

/**
 * Fills a project copy's archive up to `postmortems` entries and adds `runbooks` more runbooks, each
 * a copy of a real one with its own id, title and dates, so the build does the work a large team's
 * handbook would.
 */
export function addSyntheticContent(
	root: string,
	{ postmortems, runbooks }: { postmortems: number; runbooks: number },
): void {
	const archive = join(root, 'content/postmortems');
	const existing = templates(archive);
	for (let i = 0; i < postmortems - existing.length; i++) {
		const template = existing[i % existing.length]!;
		const days = 1 + ((i * 7) % SPREAD_DAYS);
		const text = retitle(shiftDates(template.text, days), `(synthetic ${i + 1})`);
		writeFileSync(join(archive, `${SYNTHETIC_PREFIX}${i + 1}-${template.name}.mdx`), text);
	}
	const runbookDir = join(root, 'content/runbooks');
	const runbookTemplates = templates(runbookDir);
	for (let i = 0; i < runbooks; i++) {
		const template = runbookTemplates[i % runbookTemplates.length]!;
		const text = renameAlerts(retitle(template.text, `(synthetic ${i + 1})`), `Synthetic${i + 1}`);
		writeFileSync(join(runbookDir, `${SYNTHETIC_PREFIX}${i + 1}-${template.name}.mdx`), text);
	}
}
