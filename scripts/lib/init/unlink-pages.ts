/** A link that pointed at a removed page; its words stay in the sentence. */
export interface Unlinked {
	line: number;
	label: string;
	href: string;
}

const LINK = /(!?)\[([^\]\n]*)\]\(([^)\s]+)(\s+"[^"]*")?\)/g;
const FENCE = /^\s*(```|~~~)/;

/** `/runbooks/disk-full` and `/runbooks/disk-full/#verify` both mean the page `/runbooks/disk-full/`. */
export function linkTarget(href: string): string | undefined {
	if (!href.startsWith('/')) return undefined;
	const [path = '', fragment] = href.split('?')[0]!.split('#');
	if (path === '/archive/public/' || path === '/archive/public')
		return fragment ? `/archive/public/#${fragment}` : undefined;
	return path.endsWith('/') || path.endsWith('.json') ? path : `${path}/`;
}

function insideInlineCode(line: string, at: number): boolean {
	return (line.slice(0, at).match(/`/g)?.length ?? 0) % 2 === 1;
}

/**
 * Turns Markdown links to removed pages into their plain words, so the site's link check still passes
 * and the sentence still reads. Code blocks and inline code are left as written.
 */
export function unlinkPages(text: string, removed: ReadonlySet<string>): { text: string; unlinked: Unlinked[] } {
	const unlinked: Unlinked[] = [];
	let inFence = false;
	const lines = text.split('\n').map((line, index) => {
		if (FENCE.test(line)) inFence = !inFence;
		if (inFence) return line;
		return line.replace(LINK, (whole, bang: string, label: string, href: string, _title, at: number) => {
			const target = linkTarget(href);
			if (bang || !target || !removed.has(target) || insideInlineCode(line, at)) return whole;
			unlinked.push({ line: index + 1, label, href });
			return label;
		});
	});
	return { text: lines.join('\n'), unlinked };
}

/** Lines that still name a removed page outside a link (in code, JSX or prose), for a person to reword. */
export function findMentions(text: string, removed: ReadonlySet<string>): { line: number; path: string }[] {
	const patterns = [...removed].map((path) => ({
		path,
		pattern: new RegExp(`${path.replace(/\/$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`),
	}));
	return text
		.split('\n')
		.flatMap((line, index) =>
			patterns.filter(({ pattern }) => pattern.test(line)).map(({ path }) => ({ line: index + 1, path })),
		);
}
