import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { loadModel } from '../../src/data/load-model.ts';
import { cleanText, toPostmortem } from '../../src/domain/postmortem/convert.ts';
import { paragraphTexts } from '../../src/domain/postmortem/document.ts';
import { emptyDraft, type Draft } from '../../src/domain/postmortem/draft.ts';
import { buildPostmortemFile } from '../../src/domain/postmortem/output.ts';
import { TRIGGER_LABELS } from '../../src/schemas/trigger.ts';
import { HOSTILE_FRAGMENTS, hostileRequiredText, hostileText, longText, serviceId } from './hostile-text.ts';

/** What a page built from a generated post-mortem must show, field by field, exactly as the tool wrote it. */
export interface HostileEntry {
	id: string;
	/** A word of its own in the title, so a search finds this post-mortem and no other. */
	marker: string;
	title: string;
	services: string[];
	summary: string;
	rootCause: string;
	commander: string;
	authors: string[];
	events: string[];
	factors: string[];
	owners: string[];
	actions: string[];
	notes: string[];
}

export interface HostileArchive {
	seed: number;
	entries: HostileEntry[];
	/** Drafts the tool refused, with its reasons: none of them may reach the archive. */
	refused: { reasons: string[] }[];
}

const draftArbitrary = (levelIds: readonly string[]) =>
	fc.record({
		title: hostileRequiredText(),
		severity: fc.constantFrom(...levelIds),
		services: fc.array(fc.oneof({ weight: 9, arbitrary: serviceId }, hostileRequiredText()), {
			minLength: 1,
			maxLength: 3,
		}),
		trigger: fc.constantFrom(...Object.keys(TRIGGER_LABELS)),
		commander: hostileRequiredText(),
		authors: fc.array(hostileRequiredText(), { minLength: 1, maxLength: 2 }),
		summary: fc.oneof({ weight: 9, arbitrary: hostileRequiredText({ lines: true }) }, longText),
		rootCause: hostileRequiredText({ lines: true }),
		events: fc.array(hostileRequiredText(), { minLength: 1, maxLength: 3 }),
		factors: fc.array(hostileRequiredText(), { maxLength: 2 }),
		actions: fc.array(
			fc.record({
				action: hostileRequiredText(),
				owner: hostileRequiredText(),
				link: fc.oneof(
					{ weight: 6, arbitrary: fc.constant('') },
					fc.constant('https://tracker.example.com/OPS-1?a=1&b=<2>'),
					hostileText(),
				),
			}),
			{ maxLength: 2 },
		),
		notes: hostileText({ lines: true, maxParts: 10 }),
	});

type DraftFacts = ReturnType<typeof draftArbitrary> extends fc.Arbitrary<infer T> ? T : never;

/** Turns generated facts into a draft the way a person fills the post-mortem tool. */
function toDraft(facts: DraftFacts, marker: string): Draft {
	return {
		...emptyDraft(),
		title: `${marker} ${facts.title}`,
		severity: facts.severity,
		services: facts.services,
		trigger: facts.trigger,
		detection: 'alert',
		commander: facts.commander,
		authors: facts.authors,
		started: '2025-03-15T14:20',
		detected: '2025-03-15T14:32',
		acknowledged: '2025-03-15T14:35',
		mitigated: '2025-03-15T15:02',
		resolved: '2025-03-15T16:10',
		impact: { usersAffected: '10', userShare: '1', revenueEstimate: '0', slaMinutes: '0' },
		summary: facts.summary,
		timeline: facts.events.map((event, i) => ({
			key: `e${i}`,
			time: `2025-03-15T14:${String(20 + i).padStart(2, '0')}`,
			event,
		})),
		rootCause: facts.rootCause,
		contributingFactors: facts.factors.map((f) => f.replace(/\n/g, ' ')),
		actionItems: facts.actions.map((a, i) => ({
			key: `a${i}`,
			action: a.action,
			owner: a.owner,
			priority: 'P2',
			due: '2025-05-01',
			status: 'open',
			link: a.link,
		})),
		notes: facts.notes,
	};
}

/**
 * Writes `count` generated post-mortems into the archive of the project at `root` through the tool's real
 * export path (the same checks and writer as "Download .mdx file"), and says what each page must show.
 */
export function writeHostileArchive(root: string, count: number, seed: number): HostileArchive {
	const model = loadModel(join(root, 'content/model'));
	const levelIds = model.levels.map((l) => l.id) as [string, ...string[]];
	const samples = fc.sample(draftArbitrary(levelIds), { seed, numRuns: count });
	const archive: HostileArchive = { seed, entries: [], refused: [] };
	// The first drafts each carry one class of hostile text in the title, so every class reaches a page,
	// <title> and search results whatever the generator picks.
	const classes = Object.values(HOSTILE_FRAGMENTS).map((fragments) => fragments.join(' '));
	samples.forEach((facts, i) => {
		const marker = `zqhostile${i}kw`;
		const chosen =
			i < classes.length
				? {
						...facts,
						title: `${classes[i]} ${facts.title}`,
						services: [`svc-${i}`],
						actions: facts.actions.map((a) => ({ ...a, link: '' })),
					}
				: facts;
		const converted = toPostmortem(toDraft(chosen, marker), { levelIds });
		if (!converted.ok) {
			archive.refused.push({ reasons: converted.problems });
			return;
		}
		const pm = converted.frontmatter;
		const file = buildPostmortemFile(pm, converted.notes);
		writeFileSync(join(root, 'content/postmortems', file.fileName.replace('.mdx', `-${i}.mdx`)), file.content);
		archive.entries.push({
			id: file.fileName.replace('.mdx', `-${i}`),
			marker,
			title: pm.title,
			services: pm.services,
			summary: pm.summary,
			rootCause: pm.rootCause,
			commander: pm.commander,
			authors: pm.authors,
			events: pm.timeline.map((e) => e.event),
			factors: pm.contributingFactors ?? [],
			owners: (pm.actionItems ?? []).map((a) => a.owner),
			actions: (pm.actionItems ?? []).map((a) => a.action),
			notes: paragraphTexts(cleanText(converted.notes)),
		});
	});
	return archive;
}
