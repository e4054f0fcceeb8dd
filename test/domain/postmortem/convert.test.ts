import { describe, expect, test } from 'vitest';
import { actionItemGaps, toPostmortem } from '../../../src/domain/postmortem/convert.ts';
import { emptyActionItem, emptyDraft, exportDraft } from '../../../src/domain/postmortem/draft.ts';
import { importDraft } from '../../../src/domain/postmortem/draft-schema.ts';
import { draftFromArchive } from '../../../src/domain/postmortem/from-archive.ts';
import { completeDraft, levelIds, model } from './fixtures.ts';

const problemsOf = (draft: ReturnType<typeof completeDraft>, runbookIds?: string[]) => {
	const result = toPostmortem(draft, { levelIds, runbookIds });
	return result.ok ? [] : result.problems;
};

describe('toPostmortem', () => {
	test('accepts a complete draft and writes UTC timestamps with seconds and Z', () => {
		const result = toPostmortem(completeDraft(), { levelIds });
		expect(result.ok && result.frontmatter.started).toBe('2025-03-15T14:20:00Z');
		expect(result.ok && result.frontmatter.actionItems?.[0]).toMatchObject({
			id: '1',
			owner: 'Priya Raman',
			due: '2025-04-01',
		});
	});

	test('lists every field an empty draft still needs, section by section', () => {
		const problems = problemsOf(emptyDraft());
		expect(problems).toContain('Summary: the title is missing.');
		expect(problems).toContain(`Summary: choose a severity (${levelIds.join(', ')}).`);
		expect(problems).toContain('Impact: the "Impact started" time is missing or not a real date and time.');
		expect(problems).toContain('Timeline: add at least one entry.');
		expect(problems).toContain('Root cause: the root cause is missing.');
	});

	test('refuses an action item without owner, priority or due date and says which', () => {
		const item = { ...emptyActionItem(), action: 'Add a canary stage for config' };
		expect(problemsOf(completeDraft({ actionItems: [item] }))).toEqual([
			'Action items: item 1 ("Add a canary stage for config") needs an owner, a priority, a due date.',
		]);
	});

	test('refuses a service that is not a service id, suggesting the id it most likely means', () => {
		expect(problemsOf(completeDraft({ services: ['Checkout API', '<img src=x onerror=alert(1)>'] }))).toEqual([
			'Summary: "Checkout API" is not a service id: lowercase letters and digits, joined by single hyphens, dots or underscores, at most 64 characters, e.g. api-gateway; write it as checkout-api.',
			'Summary: "<img src=x onerror=alert(1)>" is not a service id: lowercase letters and digits, joined by single hyphens, dots or underscores, at most 64 characters, e.g. api-gateway; write it as img-src-x-onerror-alert-1.',
		]);
	});

	test('asks for one person as an action item owner when the model says so', () => {
		const item = { ...completeDraft().actionItems[0]!, owner: 'Payments team' };
		const result = toPostmortem(completeDraft({ actionItems: [item] }), {
			levelIds,
			ownerPolicy: model.config.actionItemOwners,
		});
		expect(result.ok ? [] : result.problems).toEqual([
			'Action items: item 1 ("Validate allow-lists in CI") needs one person as owner, not "Payments team".',
		]);
	});

	test('ignores action item and five-whys rows left completely empty', () => {
		expect(
			problemsOf(completeDraft({ actionItems: [emptyActionItem()], fiveWhys: [{ key: 'w', why: ' ', because: '' }] })),
		).toEqual([]);
	});

	test("writes the exercise flag for a drill only, leaving a real incident's file as before", () => {
		const drill = toPostmortem(completeDraft({ exercise: true }), { levelIds });
		const real = toPostmortem(completeDraft(), { levelIds });
		expect(drill.ok && drill.frontmatter.exercise).toBe(true);
		expect(real.ok && 'exercise' in real.frontmatter).toBe(false);
	});

	test('reports timestamps in the wrong order', () => {
		expect(problemsOf(completeDraft({ resolved: '2025-03-15T14:00' }))).toContain(
			'Impact: Resolved (2025-03-15T14:00 UTC) is before impact started (2025-03-15T14:20 UTC).',
		);
	});

	test('checks impact numbers', () => {
		const problems = problemsOf(
			completeDraft({ impact: { usersAffected: '1.5', userShare: '140', revenueEstimate: '-1', slaMinutes: '' } }),
		);
		expect(problems).toEqual([
			'Impact: users affected must be a whole number.',
			'Impact: share of users affected must be at most 100.',
			'Impact: revenue estimate must be a number of 0 or more.',
			'Impact: SLA minutes is missing (write 0 if there was none).',
		]);
	});

	test('refuses a runbook the handbook does not have', () => {
		expect(problemsOf(completeDraft({ runbooks: ['db-failover'] }), ['cache-flush'])).toEqual([
			'Runbooks: "db-failover" is not a runbook in this handbook.',
		]);
	});
});

describe('actionItemGaps', () => {
	test('asks for a real date and a full link', () => {
		expect(
			actionItemGaps({
				...emptyActionItem(),
				action: 'x',
				owner: 'y',
				priority: 'P3',
				due: '2025-02-30',
				link: 'jira/1',
			}),
		).toEqual([
			'a real due date (YYYY-MM-DD)',
			'a link that is a web address starting with http:// or https://, or a mailto: address, or no link',
		]);
	});

	test.each(['javascript:alert(1)', 'data:text/html,x', 'vbscript:x'])('refuses a %s link', (link) => {
		expect(
			actionItemGaps({ ...emptyActionItem(), action: 'x', owner: 'y', priority: 'P3', due: '2025-02-01', link }),
		).toEqual(['a link that is a web address starting with http:// or https://, or a mailto: address, or no link']);
	});
});

describe('importDraft', () => {
	test('reads back an exported draft unchanged', () => {
		const draft = completeDraft();
		expect(importDraft(exportDraft(draft))).toEqual({ ok: true, draft });
	});

	test('reads a draft saved before exercises were flagged as a real incident', () => {
		const { exercise: _, ...older } = completeDraft();
		const result = importDraft(
			JSON.stringify({ format: 'incident-handbook/postmortem-draft', version: 1, draft: older }),
		);
		expect(result.ok && result.draft.exercise).toBe(false);
	});

	test.each([
		['{"title": "x"', 'This is not a JSON file'],
		['{"title": "x"}', 'not a post-mortem draft exported by this tool'],
		['{"format": "incident-handbook/postmortem-draft", "version": 9, "draft": {}}', 'version of the tool'],
		['{"format": "incident-handbook/postmortem-draft", "version": 1, "draft": {"title": 3}}', 'title'],
	])('explains what is wrong with %s', (text, message) => {
		const result = importDraft(text);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.error).toContain(message);
	});
});

describe('draftFromArchive', () => {
	test('starts a draft from an archive entry, dates trimmed to the form and runbook references to ids', () => {
		const result = draftFromArchive({
			id: '2025-03-15-checkout',
			body: 'Notes from the review.',
			data: {
				title: 'Checkout errors',
				status: 'complete',
				severity: levelIds[0],
				started: '2025-03-15T14:20:00.000Z',
				timeline: [{ time: '2025-03-15T14:20:00.000Z', event: 'Push' }],
				actionItems: [
					{
						id: '1',
						action: 'Validate',
						owner: 'team',
						priority: 'P1',
						due: '2025-04-01T00:00:00.000Z',
						status: 'done',
					},
				],
				runbooks: [{ id: 'cache-flush', collection: 'runbooks' }],
			},
		});
		if (!result.ok) throw new Error(result.error);
		expect(result.draft).toMatchObject({
			title: 'Checkout errors',
			status: 'draft',
			started: '2025-03-15T14:20',
			runbooks: ['cache-flush'],
			notes: 'Notes from the review.',
		});
		expect(result.draft.timeline[0]).toMatchObject({ time: '2025-03-15T14:20', event: 'Push' });
		expect(result.draft.actionItems[0]).toMatchObject({ due: '2025-04-01', status: 'done', priority: 'P1' });
	});

	test('keeps an archived exercise flagged as one', () => {
		const result = draftFromArchive({
			id: 'drill',
			data: { title: 'Game day', severity: levelIds[0], exercise: true },
		});
		expect(result.ok && result.draft.exercise).toBe(true);
	});

	test('reports an entry that is not a post-mortem', () => {
		expect(draftFromArchive({ id: 'x', data: {} }).ok).toBe(false);
	});
});
