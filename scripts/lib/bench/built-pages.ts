import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every built HTML page as a site path, e.g. `severity/matrix/`. */
export function builtPages(distDir: string): string[] {
	const walk = (dir: string): string[] =>
		readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
			const full = join(dir, entry.name);
			if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : walk(full);
			return entry.name.endsWith('.html') ? [relative(distDir, full).split(sep).join('/')] : [];
		});
	return walk(distDir)
		.map((file) => file.replace(/index\.html$/, ''))
		.sort();
}
