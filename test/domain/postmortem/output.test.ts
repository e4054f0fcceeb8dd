import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { compile } from '@mdx-js/mdx';
import { parse } from 'yaml';
import { load as loadYaml11 } from 'js-yaml';
import { z } from 'astro/zod';
import { postmortemSchema } from '../../../src/schemas/postmortem.ts';
import { cleanText, toPostmortem } from '../../../src/domain/postmortem/convert.ts';
import { paragraphTexts } from '../../../src/domain/postmortem/document.ts';
import { buildPostmortemFile, pullRequestUrl, toGfm } from '../../../src/domain/postmortem/output.ts';
import { readNotes } from '../../../src/domain/postmortem/read-notes.ts';
import { archiveBodyHtml, readArchiveBody } from '../../../src/domain/markdown/archive-body.ts';
import { hostileRequiredText, hostileText, serviceId } from '../../support/hostile-text.ts';
import { completeDraft, levelIds } from './fixtures.ts';
import { SECTIONS } from '../../../src/domain/postmortem/vocabulary.ts';

const schema = postmortemSchema({ levelIds, runbookRef: z.string() });

/** Splits a file the way Astro does: frontmatter between the first two `---` lines, the rest is MDX. */
function split(content: string): { yaml: string; body: string } {
	const match = /^---\n([\s\S]*?\n)---\n([\s\S]*)$/.exec(content);
	if (!match) throw new Error(`no frontmatter in:\n${content}`);
	return { yaml: match[1]!, body: match[2]! };
}

const text = hostileRequiredText({ lines: true });

/** What a reader sees of rendered notes: tag-free text, entities decoded, line breaks as typed. */
function visibleText(html: string): string {
	return html
		.replace(/<br>\n?/g, '\n')
		.replace(/<\/p>\n?<p>/g, '\n\n')
		.replace(/<[^>]+>/g, '')
		.replace(/&(?:#x([0-9a-f]+)|(lt|gt|quot|amp));/gi, (_, hex?: string, name?: string) =>
			hex ? String.fromCodePoint(parseInt(hex, 16)) : { lt: '<', gt: '>', quot: '"', amp: '&' }[name!]!,
		)
		.trim();
}

describe('buildPostmortemFile', () => {
	test('whatever is typed, the file compiles as MDX, passes the archive checks and gives back the same text', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.record({
					title: hostileRequiredText(),
					summary: text,
					rootCause: text,
					event: text,
					service: serviceId,
					owner: hostileRequiredText(),
					action: text,
					why: text,
					factor: hostileRequiredText(),
					notes: hostileText({ lines: true, maxParts: 10 }),
				}),
				async (typed) => {
					const draft = completeDraft({
						title: typed.title,
						summary: typed.summary,
						rootCause: typed.rootCause,
						services: [typed.service],
						contributingFactors: [typed.factor.replace(/\n/g, ' ')],
						timeline: [{ key: 'k', time: '2025-03-15T14:20', event: typed.event }],
						fiveWhys: [{ key: 'w', why: typed.why, because: typed.action }],
						actionItems: [
							{
								key: 'a',
								action: typed.action,
								owner: typed.owner,
								priority: 'P2',
								due: '2025-05-01',
								status: 'open',
								link: 'https://tracker.example.com/browse/OPS-1?q=a&b=<c>',
							},
						],
						notes: typed.notes,
					});
					const converted = toPostmortem(draft, { levelIds });
					if (!converted.ok) throw new Error(converted.problems.join('\n'));
					const file = buildPostmortemFile(converted.frontmatter, converted.notes);
					const { yaml, body } = split(file.content);

					await compile(body);
					const checked = readArchiveBody(body, 'mdx');
					if (!checked.ok) throw new Error(`${checked.problem}\n${body}`);
					const notes = paragraphTexts(cleanText(typed.notes)).join('\n\n');
					expect(readNotes(body)).toBe(notes);
					expect(visibleText(archiveBodyHtml(checked.tree))).toBe(notes);
					for (const data of [parse(yaml), loadYaml11(yaml)]) {
						const pm = schema.parse(data);
						expect(pm.title).toBe(cleanText(typed.title));
						expect(pm.summary).toBe(cleanText(typed.summary));
						expect(pm.rootCause).toBe(cleanText(typed.rootCause));
						expect(pm.services).toEqual([typed.service]);
						expect(pm.timeline[0]!.event).toBe(cleanText(typed.event));
						expect(pm.fiveWhys[0]!.why).toBe(cleanText(typed.why));
						expect(pm.actionItems[0]!.owner).toBe(cleanText(typed.owner));
						expect(pm.actionItems[0]!.action).toBe(cleanText(typed.action));
						expect(pm.actionItems[0]!.link).toBe('https://tracker.example.com/browse/OPS-1?q=a&b=<c>');
					}
					expect(() => toGfm(converted.frontmatter, converted.notes)).not.toThrow();
				},
			),
			{ numRuns: 300 },
		);
	}, 120_000);

	test('a notes paragraph that starts with import or export stays text', async () => {
		const notes = 'export jobs were delayed by three hours\n\nexport const x = 1\n\nimport { a } from "b"\nimport';
		const converted = toPostmortem(completeDraft({ notes }), { levelIds });
		if (!converted.ok) throw new Error(converted.problems.join('\n'));
		const { body } = split(buildPostmortemFile(converted.frontmatter, converted.notes).content);
		await compile(body);
		expect(readNotes(body)).toBe(notes);
	});

	test('a very long paste still compiles and reads back whole', async () => {
		const chunk = 'Line with {braces}, <tags>, | pipes |, `ticks`, *stars* and שלום 🚀\n';
		const notes = Array.from({ length: 2000 }, (_, i) => (i % 10 === 9 ? '\n' : chunk)).join('');
		const converted = toPostmortem(completeDraft({ notes, summary: chunk.repeat(500) }), { levelIds });
		if (!converted.ok) throw new Error(converted.problems.join('\n'));
		const { yaml, body } = split(buildPostmortemFile(converted.frontmatter, converted.notes).content);
		await compile(body);
		expect(schema.parse(parse(yaml)).summary).toBe(cleanText(chunk.repeat(500)));
		expect(readNotes(body)).toBe(paragraphTexts(cleanText(notes)).join('\n\n'));
	}, 60_000);

	test('names the file after the day impact started and the title', () => {
		const converted = toPostmortem(completeDraft(), { levelIds });
		if (!converted.ok) throw new Error(converted.problems.join('\n'));
		expect(buildPostmortemFile(converted.frontmatter, '').fileName).toBe(
			'2025-03-15-checkout-errors-after-a-config-push.mdx',
		);
	});

	test('writes no body when there are no notes', () => {
		const converted = toPostmortem(completeDraft({ notes: '  \n ' }), { levelIds });
		if (!converted.ok) throw new Error(converted.problems.join('\n'));
		expect(split(buildPostmortemFile(converted.frontmatter, converted.notes).content).body).toBe('');
	});
});

describe('toGfm', () => {
	test('keeps pipes and line breaks inside table cells from breaking the table', () => {
		const converted = toPostmortem(
			completeDraft({ timeline: [{ key: 'k', time: '2025-03-15T14:20', event: 'grep "a|b" failed\nthen retried' }] }),
			{ levelIds },
		);
		if (!converted.ok) throw new Error(converted.problems.join('\n'));
		const markdown = toGfm(converted.frontmatter, converted.notes);
		const row = markdown.split('\n').find((line) => line.includes('grep'));
		expect(row).toBe('| 2025-03-15 14:20 | grep "a\\|b" failed then retried |');
	});

	test('labels an exercise in the summary, and says nothing of it for a real incident', () => {
		const drill = toPostmortem(completeDraft({ exercise: true }), { levelIds });
		const real = toPostmortem(completeDraft(), { levelIds });
		if (!drill.ok || !real.ok) throw new Error('expected complete drafts');
		expect(toGfm(drill.frontmatter, drill.notes)).toContain('**Exercise:** a drill, not a real incident');
		expect(toGfm(real.frontmatter, real.notes)).not.toContain('Exercise');
	});

	test('contains every section of the template in order', () => {
		const converted = toPostmortem(completeDraft(), { levelIds });
		if (!converted.ok) throw new Error(converted.problems.join('\n'));
		const headings = toGfm(converted.frontmatter, converted.notes)
			.split('\n')
			.filter((line) => line.startsWith('## '));
		expect(headings).toEqual(SECTIONS.map((section) => `## ${section.title}`));
	});
});

describe('pullRequestUrl', () => {
	test("opens GitHub's new-file page with the archive path and the whole file filled in", () => {
		const file = { fileName: '2025-03-15-x.mdx', content: '---\ntitle: "a & b"\n---\n' };
		const url = new URL(pullRequestUrl('https://github.com/acme/handbook/', file));
		expect(url.origin + url.pathname).toBe('https://github.com/acme/handbook/new/main');
		expect(url.searchParams.get('filename')).toBe('content/postmortems/2025-03-15-x.mdx');
		expect(url.searchParams.get('value')).toBe(file.content);
	});

	test('proposes the file against the configured branch', () => {
		const file = { fileName: '2025-03-15-x.mdx', content: 'x' };
		const url = new URL(pullRequestUrl('https://github.com/acme/handbook', file, 'trunk'));
		expect(url.pathname).toBe('/acme/handbook/new/trunk');
	});
});
