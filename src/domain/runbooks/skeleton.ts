import { stringify } from 'yaml';
import type { RunbookInput } from '../../schemas/runbook.ts';

export interface SkeletonAnswers {
	title: string;
	service: string;
	owner: string;
	severity: string[];
	alerts: string[];
	/** The day the skeleton is written, YYYY-MM-DD; it starts the review clock. */
	today: string;
}

/** The file name a runbook gets: its title in lower case, words joined by hyphens. */
export function runbookSlug(title: string): string {
	return title
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '');
}

/** Splits "SEV1, SEV2" or repeated flags into a clean list, so either way of typing works. */
export function splitList(values: readonly string[]): string[] {
	return values
		.flatMap((v) => v.split(','))
		.map((v) => v.trim())
		.filter((v) => v !== '');
}

/**
 * A runbook that passes the schema but is marked `draft: true`, with every section written as the
 * question its author has to answer. The page shows drafts under a warning, so a skeleton can never
 * pass for real instructions, and the mitigation command is a shell comment that does nothing if pasted.
 */
export function runbookSkeleton(answers: SkeletonAnswers): RunbookInput {
	return {
		title: answers.title,
		description: `What to do when ${answers.title.toLowerCase()} affects ${answers.service}.`,
		service: answers.service,
		owner: answers.owner,
		draft: true,
		severity: answers.severity,
		alerts: answers.alerts,
		impact: 'Draft: describe what customers notice while this is happening, and which customers.',
		prerequisites: ['Draft: list the access, tools and dashboards a responder needs before step one.'],
		diagnosis: [
			{
				check: 'Draft: name the first thing to check and where to look.',
				expect: 'Draft: describe a healthy result, and where to go next when the result is not healthy.',
			},
		],
		mitigation: [
			{
				option: 'Draft: name the first way to stop the impact',
				when: 'Draft: say in which situation a responder should pick this option.',
				command: {
					run: '# Draft: replace this line with the command that applies the mitigation',
					where: 'Draft: say where the command runs: which machine, shell or console, and in which context.',
					access: 'Draft: name the role, permission or credential the command needs.',
					lang: 'sh',
				},
				verify: 'Draft: say which graph, query or check shows the mitigation worked.',
				undo: 'Draft: say how to undo the mitigation if it makes things worse.',
			},
		],
		recovery: ['Draft: list the steps back to normal once customers are no longer affected.'],
		escalation: [
			{
				name: answers.owner,
				contact: 'Draft: write the pager service, chat channel or phone number that reaches this team.',
				when: 'Draft: say when the responder should call them.',
			},
		],
		lastReviewed: answers.today,
		reviewEvery: '90d',
		related: [],
	};
}

/** The MDX file: YAML frontmatter and an empty body, which is where optional extra notes go. */
export function toRunbookFile(frontmatter: RunbookInput): string {
	return `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n`;
}
