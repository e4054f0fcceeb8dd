import { describe, expect, test } from 'vitest';
import { removeFromFrontmatterList } from '../../scripts/lib/init/frontmatter-lists.ts';

const gone = new Set(['disk-full', 'deploy-rollback']);
const summary = `summary: >-
  A long folded summary that a full rewrite of the frontmatter would refold at eighty characters, which nobody wants.`;

describe('removeFromFrontmatterList', () => {
	test('takes removed ids out of a flow list and leaves every other character alone', () => {
		const text = `---\ntitle: T\n${summary}\nrunbooks: [queue-backlog, disk-full, traffic-spike]\n---\n\nNotes name disk-full.\n`;
		const result = removeFromFrontmatterList(text, 'runbooks', gone);
		expect(result.removed).toEqual(['disk-full']);
		expect(result.text).toBe(
			text.replace('[queue-backlog, disk-full, traffic-spike]', '[queue-backlog, traffic-spike]'),
		);
	});

	test('drops the key once its list is empty', () => {
		const text = `---\ntitle: T\nrunbooks: [disk-full]\nstatus: complete\n---\n`;
		expect(removeFromFrontmatterList(text, 'runbooks', gone).text).toBe('---\ntitle: T\nstatus: complete\n---\n');
	});

	test('removes the lines of a block list, and the key with them when none is left', () => {
		const some = `---\nrelated:\n  - queue-backlog\n  - disk-full\n  - deploy-rollback\nowner: Ops\n---\n`;
		expect(removeFromFrontmatterList(some, 'related', gone).text).toBe(
			'---\nrelated:\n  - queue-backlog\nowner: Ops\n---\n',
		);
		const all = `---\nrelated:\n  - disk-full\n  - deploy-rollback\n---\nBody\n`;
		expect(removeFromFrontmatterList(all, 'related', gone)).toEqual({
			text: '---\n---\nBody\n',
			removed: ['disk-full', 'deploy-rollback'],
		});
	});

	test('changes nothing when no listed id is gone, the key is absent or there is no frontmatter', () => {
		const kept = `---\nrunbooks: [queue-backlog]\n---\n`;
		expect(removeFromFrontmatterList(kept, 'runbooks', gone)).toEqual({ text: kept, removed: [] });
		expect(removeFromFrontmatterList('---\ntitle: T\n---\n', 'runbooks', gone).removed).toEqual([]);
		expect(removeFromFrontmatterList('runbooks: [disk-full]\n', 'runbooks', gone).removed).toEqual([]);
	});
});
