import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { locateProblems } from '../../scripts/lib/locate-problems.ts';

const root = mkdtempSync(join(tmpdir(), 'locate-problems-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'content/runbooks'), { recursive: true });
mkdirSync(join(root, 'content/public-incidents'), { recursive: true });
writeFileSync(
	join(root, 'content/runbooks/queue-backlog.mdx'),
	'---\ntitle: Queue backlog\nrelated:\n  - disk-full\n---\n',
);
writeFileSync(join(root, 'content/public-incidents/outage.yaml'), 'company: Example\nsources:\n  - figure: 85%\n');

describe('locateProblems', () => {
	test('finds the file of a reference from its collection and id, and the line of the field', () => {
		const [problem] = locateProblems(
			[
				{
					kind: 'reference',
					message: 'no entry "disk-full" in collection "runbooks"',
					field: 'related[0]',
					path: ['related', 0],
					entry: { collection: 'runbooks', id: 'queue-backlog' },
				},
			],
			root,
		);
		expect(problem).toMatchObject({ file: 'content/runbooks/queue-backlog.mdx', line: 4 });
	});

	test('camelCase collections live in kebab-case folders', () => {
		const [problem] = locateProblems(
			[
				{
					kind: 'reference',
					message: 'x',
					path: ['sources', 0],
					entry: { collection: 'publicIncidents', id: 'outage' },
				},
			],
			root,
		);
		expect(problem).toMatchObject({ file: 'content/public-incidents/outage.yaml', line: 3 });
	});

	test('a field that cannot be found points at the top of the file; a line already known stays', () => {
		const [missing, known] = locateProblems(
			[
				{ kind: 'frontmatter', file: 'content/runbooks/queue-backlog.mdx', message: 'x', path: ['owner'] },
				{ kind: 'body', file: 'content/runbooks/queue-backlog.mdx', line: 7, message: 'y' },
			],
			root,
		);
		expect(missing!.line).toBe(1);
		expect(known!.line).toBe(7);
	});

	test('a file that is gone keeps its problem, without a line', () => {
		const [problem] = locateProblems(
			[{ kind: 'frontmatter', file: 'content/docs/gone.mdx', message: 'x', path: ['title'] }],
			root,
		);
		expect(problem!.file).toBe('content/docs/gone.mdx');
		expect(problem!.line).toBeUndefined();
	});
});
