import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { toPostmortem } from '../../src/domain/postmortem/convert.ts';
import { exportDraft, type Draft } from '../../src/domain/postmortem/draft.ts';
import { buildPostmortemFile } from '../../src/domain/postmortem/output.ts';
import { completeDraft, levelIds } from '../domain/postmortem/fixtures.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempDir() {
	const dir = mkdtempSync(join(tmpdir(), 'new-postmortem-'));
	dirs.push(dir);
	return dir;
}

function writeDraft(dir: string, draft: Draft | string) {
	const path = join(dir, 'draft.json');
	writeFileSync(path, typeof draft === 'string' ? draft : exportDraft(draft));
	return path;
}

function newPostmortem(args: string[]) {
	const run = spawnSync(process.execPath, ['scripts/new-postmortem.ts', ...args], {
		encoding: 'utf8',
		timeout: 30_000,
	});
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run new:postmortem', { timeout: 60_000 }, () => {
	test('writes the same file the browser tool downloads', () => {
		const dir = tempDir();
		const draft = completeDraft({ notes: 'Braces {like this} and <tags> stay text.' });
		const result = newPostmortem([writeDraft(dir, draft), '--out-dir', join(dir, 'out')]);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		const converted = toPostmortem(draft, { levelIds });
		if (!converted.ok) throw new Error(converted.problems.join('\n'));
		const expected = buildPostmortemFile(converted.frontmatter, converted.notes);
		expect(readdirSync(join(dir, 'out'))).toEqual([expected.fileName]);
		expect(readFileSync(join(dir, 'out', expected.fileName), 'utf8')).toBe(expected.content);
		expect(result.stdout).toContain(expected.fileName);
	});

	test('refuses to overwrite an existing file unless --force is given', () => {
		const dir = tempDir();
		const draftPath = writeDraft(dir, completeDraft());
		expect(newPostmortem([draftPath, '--out-dir', dir]).status).toBe(0);
		const file = readdirSync(dir).find((f) => f.endsWith('.mdx'))!;
		writeFileSync(join(dir, file), 'hand edits');
		const refused = newPostmortem([draftPath, '--out-dir', dir]);
		expect(refused.status).toBe(1);
		expect(refused.stderr).toContain('already exists. Pass --force');
		expect(readFileSync(join(dir, file), 'utf8')).toBe('hand edits');
		expect(newPostmortem([draftPath, '--out-dir', dir, '--force']).status).toBe(0);
		expect(readFileSync(join(dir, file), 'utf8')).toMatch(/^---\ntitle: /);
	});

	test('names every field an unfinished draft is missing and writes nothing', () => {
		const dir = tempDir();
		const draft = completeDraft({
			title: '',
			actionItems: [{ key: 'a', action: 'Add a canary', owner: '', priority: '', due: '', status: 'open', link: '' }],
		});
		const result = newPostmortem([writeDraft(dir, draft), '--out-dir', join(dir, 'out')]);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('Summary: the title is missing.');
		expect(result.stderr).toContain('Action items: item 1 ("Add a canary") needs an owner, a priority, a due date.');
		expect(existsSync(join(dir, 'out'))).toBe(false);
	});

	test('explains a file that is not an exported draft', () => {
		const dir = tempDir();
		const result = newPostmortem([writeDraft(dir, '{"title": "x"}')]);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('not a post-mortem draft exported by this tool');
	});

	test('prints usage when no draft is named', () => {
		const result = newPostmortem([]);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('Usage: npm run new:postmortem');
	});
});
