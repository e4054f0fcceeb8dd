import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
	dependencies: Record<string, string>;
	devDependencies: Record<string, string>;
};

function filesUnder(dir: string): string[] {
	return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && /\.(ts|tsx|mjs|astro|mdx|css)$/.test(entry.name))
		.map((entry) => join(entry.parentPath, entry.name));
}

const IMPORTS = [
	/^\s*(import|export)\s+(type\s+)?[^'";]*?from\s+['"]([^'"]+)['"]/gm,
	/^\s*import\s+()()['"]([^'"]+)['"]/gm,
	/\bimport\(\s*()()['"]([^'"]+)['"]\s*\)/g,
	/@import\s+url\(\s*()()['"]([^'"]+)['"]/g,
];

/** The npm packages a set of files imports, split by whether any import of it carries code (not only types). */
function packagesImportedBy(files: string[]) {
	const withCode = new Set<string>();
	const typesOnly = new Set<string>();
	for (const file of files) {
		const text = readFileSync(file, 'utf8');
		for (const pattern of IMPORTS)
			for (const [, , typeOnly, specifier] of text.matchAll(pattern)) {
				if (/^(\.|\/|node:|astro:|virtual:|@\/)/.test(specifier!)) continue;
				const parts = specifier!.split('/');
				const name = specifier!.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
				(typeOnly ? typesOnly : withCode).add(name);
			}
	}
	for (const name of withCode) typesOnly.delete(name);
	return { withCode, typesOnly };
}

const site = packagesImportedBy([...filesUnder('src'), ...filesUnder('content'), join(root, 'astro.config.mjs')]);
const tooling = packagesImportedBy(filesUnder('scripts'));
const tests = packagesImportedBy(filesUnder('test'));
// Required by the project's own definition of its stack (Starlight compiles MDX through it) though no file imports it by name.
const REQUIRED = ['@astrojs/mdx'];

describe('package.json', () => {
	test('every package the site imports for its code is a dependency, so a production install builds it', () => {
		const missing = [...site.withCode].filter((name) => !(name in pkg.dependencies));
		expect(missing).toEqual([]);
	});

	test('every package the tests import is declared, not borrowed from another package', () => {
		const declared = { ...pkg.dependencies, ...pkg.devDependencies };
		const undeclared = [...tests.withCode, ...tests.typesOnly].filter((name) => !(name in declared));
		expect(undeclared).toEqual([]);
	});

	test('a dependency is something the site or its scripts use; what only tests use is a devDependency', () => {
		const used = new Set([...site.withCode, ...tooling.withCode, ...REQUIRED]);
		const unused = Object.keys(pkg.dependencies).filter((name) => !used.has(name));
		expect(unused).toEqual([]);
	});
});
