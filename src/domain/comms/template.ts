/**
 * The template language: plain text with `{{placeholder}}` slots, `**bold**` spans, blank lines between
 * paragraphs and `- ` at the start of a line for a list item. Deliberately tiny, so a team can edit
 * templates in YAML and every output format (plain, Markdown, Slack, HTML) can render it faithfully.
 */

/** A fact the responder types once; `label` is what a missing-fact marker says. */
export interface FactField {
	key: string;
	label: string;
	kind: 'text' | 'long' | 'time' | 'url';
	hint?: string;
}

export const FACT_FIELDS: readonly FactField[] = [
	{ key: 'service', label: 'service', kind: 'text', hint: 'The product or system customers know, e.g. Checkout' },
	{ key: 'feature', label: 'affected feature', kind: 'text', hint: 'What exactly misbehaves, e.g. card payments' },
	{ key: 'symptoms', label: 'symptoms', kind: 'long', hint: 'What people see, in plain words' },
	{ key: 'impact', label: 'impact', kind: 'long', hint: 'Who is affected and how much' },
	{ key: 'nextSteps', label: 'next steps', kind: 'long', hint: 'What the team is doing next' },
	{
		key: 'cause',
		label: 'cause',
		kind: 'long',
		hint: 'What went wrong, as far as it is known; say so plainly while it is not known yet',
	},
	{
		key: 'asks',
		label: 'what we need',
		kind: 'long',
		hint: 'Help, decisions or access the responders need; "nothing" is fine',
	},
	{ key: 'startTime', label: 'start time', kind: 'time', hint: 'When impact began, in UTC' },
	{ key: 'updateTime', label: 'time of this update', kind: 'time', hint: 'When these messages go out, in UTC' },
	{
		key: 'endTime',
		label: 'end time',
		kind: 'time',
		hint: 'When impact ended, or when a maintenance window closes, in UTC',
	},
	{ key: 'channel', label: 'incident channel', kind: 'text', hint: 'e.g. #inc-20260301-checkout-errors' },
	{ key: 'statusPageUrl', label: 'status page link', kind: 'url' },
	{ key: 'dashboardUrl', label: 'dashboard link', kind: 'url' },
	{ key: 'runbookUrl', label: 'runbook link', kind: 'url' },
];

/** Placeholders whose value is worked out from the facts and the incident model rather than typed. */
export const COMPUTED_PLACEHOLDERS = {
	organization: 'the organisation name from the model',
	severity: 'the chosen level id and label, e.g. SEV2 (Major)',
	duration: 'time from start time to end time',
	nextUpdate: 'a sentence saying when the next update is due, from the level cadence for this audience',
	stage: 'the status-page stage name of a template that has a stage',
	roles: 'the roles the chosen level staffs, each with the person filling it',
} as const;

export const ROLE_PREFIX = 'role.';

/** Every placeholder a template may use, given the role ids the model defines. */
export function placeholderNames(roleIds: readonly string[]): string[] {
	return [
		...FACT_FIELDS.map((f) => f.key),
		...Object.keys(COMPUTED_PLACEHOLDERS),
		...roleIds.map((id) => `${ROLE_PREFIX}${id}`),
	];
}

export type Token = { kind: 'text'; text: string; strong: boolean } | { kind: 'slot'; name: string; strong: boolean };

export interface TemplateLine {
	bullet: boolean;
	tokens: Token[];
}

export interface ParsedTemplate {
	lines: TemplateLine[];
	placeholders: string[];
	problems: string[];
}

const SLOT = /\{\{\s*([^{}]*?)\s*\}\}/g;

function parseLine(raw: string, lineNumber: number, problems: string[], placeholders: string[]): TemplateLine {
	const bullet = raw.startsWith('- ');
	const text = bullet ? raw.slice(2) : raw;
	const tokens: Token[] = [];
	const strongParts = text.split('**');
	if (strongParts.length % 2 === 0) problems.push(`line ${lineNumber} opens ** bold without closing it`);
	strongParts.forEach((part, index) => {
		const strong = index % 2 === 1;
		let last = 0;
		for (const match of part.matchAll(SLOT)) {
			if (match.index > last) tokens.push({ kind: 'text', text: part.slice(last, match.index), strong });
			const name = match[1]!;
			tokens.push({ kind: 'slot', name, strong });
			placeholders.push(name);
			last = match.index + match[0].length;
		}
		const rest = part.slice(last);
		if (rest.includes('{{') || rest.includes('}}')) {
			problems.push(`line ${lineNumber} has a "{{" or "}}" that is not part of a {{placeholder}}`);
		}
		if (rest) tokens.push({ kind: 'text', text: rest, strong });
	});
	return { bullet, tokens };
}

/** Splits template text into lines of tokens and lists every placeholder it uses and every syntax problem. */
export function parseTemplate(text: string): ParsedTemplate {
	const problems: string[] = [];
	const placeholders: string[] = [];
	const lines = text
		.replace(/\r\n?/g, '\n')
		.replace(/\s+$/, '')
		.split('\n')
		.map((raw, i) => parseLine(raw.trimEnd(), i + 1, problems, placeholders));
	return { lines, placeholders: [...new Set(placeholders)], problems };
}
