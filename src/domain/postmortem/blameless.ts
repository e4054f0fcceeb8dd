export interface BlameHint {
	/** The words that triggered the hint, as typed. */
	phrase: string;
	/** Why the wording points at a person. */
	reason: string;
	/** A way to say the same thing about the system. */
	suggestion: string;
}

interface Rule {
	pattern: RegExp;
	reason: string;
	suggestion: string;
}

const RULES: readonly Rule[] = [
	{
		pattern: /\bhuman errors?\b/gi,
		reason: '"Human error" ends the inquiry where it should begin.',
		suggestion:
			'Name the condition that made the slip easy, e.g. "the console accepted the command without a confirmation step".',
	},
	{
		pattern: /\bshould(?:n['’]t| not)? have\b/gi,
		reason: 'Hindsight judges a choice by an outcome nobody could see at the time.',
		suggestion:
			'Describe what the person knew then and what the system did not tell them, e.g. "nothing showed the replica was behind".',
	},
	{
		pattern: /\bcareless(?:ly|ness)?\b|\bsloppy\b|\bnegligen(?:t|ce)\b|\blazy\b/gi,
		reason: 'A judgement of character, not a description of what happened.',
		suggestion:
			'State the missing guard-rail instead, e.g. "the deploy pipeline had no check for an empty allow-list".',
	},
	{
		pattern: /\bforg(?:ot|otten|etting)\b/gi,
		reason: 'Memory is not a control; relying on it is the systemic gap.',
		suggestion: 'Say which step was not prompted or automated, e.g. "the runbook had no step for draining the queue".',
	},
	{
		pattern: /\bfail(?:ed|s)? to\b|\bneglected to\b|\bdid(?:n['’]t| not) bother\b/gi,
		reason: 'Frames a person as the point of failure.',
		suggestion:
			'Describe what the process expected and why it did not happen, e.g. "the alert went to a channel nobody watched".',
	},
	{
		pattern: /\b(?:fault|blame)\b/gi,
		reason: 'Assigning fault makes people hide the details the review needs.',
		suggestion: 'Describe the sequence of events and the conditions that allowed it.',
	},
];

const BLAME_VERBS = String.raw`(?:broke|caused|deleted|dropped|pushed|misconfigured|messed|ignored|missed|screwed|ran|deployed|didn['’]t|did not|made a mistake|was responsible|is responsible)`;
/** Said of a person only, so any capitalised subject counts, not just the names the draft lists. */
const PERSONAL_VERBS = String.raw`(?:made an? (?:mistake|error)|messed up|screwed up|broke (?:prod|production|the build|it)|was responsible)`;
/** Capitalised words that start ordinary sentences and are never a person's name. */
const NOT_NAMES = new Set(
	'The This That These Those It We They Our Their A An Nobody Someone Somebody Everyone Nothing Something Each Every No One Then When After Before While Because Also Who Which What'.split(
		' ',
	),
);

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Finds wording that blames a person. `names` are people the draft mentions (commander, authors, owners);
 * a name followed by a blame verb, "because of <name>" or "<name>'s mistake" is flagged, as is any other
 * capitalised word used as the subject of a verb only people do ("made a mistake"), unless it is a listed service. Hints, never blocks.
 */
export function findBlameHints(
	text: string,
	names: readonly string[] = [],
	services: readonly string[] = [],
): BlameHint[] {
	const hints: BlameHint[] = [];
	for (const rule of RULES) {
		for (const match of text.matchAll(rule.pattern))
			hints.push({ phrase: match[0], reason: rule.reason, suggestion: rule.suggestion });
	}
	const serviceSet = new Set(services.map((s) => s.trim().toLowerCase()));
	const people = [...new Set(names.flatMap((n) => [n.trim(), n.trim().split(/\s+/)[0] ?? '']))].filter(
		(n) => n.length > 1,
	);
	const personAlternatives = people.map(escapeRegExp).join('|');
	const patterns = [new RegExp(String.raw`(?<![\p{L}\p{N}])(\p{Lu}[\p{L}'’-]+)\s+${PERSONAL_VERBS}(?![\p{L}])`, 'gu')];
	if (personAlternatives) {
		patterns.push(
			new RegExp(
				String.raw`(?<![\p{L}\p{N}])(${personAlternatives})(?:['’]s)?\s+(?:${BLAME_VERBS}|mistake|error|fault)\b`,
				'giu',
			),
			new RegExp(String.raw`\bbecause of\s+(${personAlternatives})(?![\p{L}\p{N}])`, 'giu'),
		);
	}
	const seen = new Set<number>();
	for (const pattern of patterns) {
		for (const match of text.matchAll(pattern)) {
			const name = match[1]!;
			const isKnown = people.some((p) => p.toLowerCase() === name.toLowerCase());
			if (!isKnown && (NOT_NAMES.has(name) || serviceSet.has(name.toLowerCase()))) continue;
			if (seen.has(match.index)) continue;
			seen.add(match.index);
			hints.push({
				phrase: match[0],
				reason: `Names ${name} as the cause; a person is never the root cause.`,
				suggestion:
					'Make the system the subject, e.g. "the deploy tool let a change skip review" instead of who ran it.',
			});
		}
	}
	return hints;
}
