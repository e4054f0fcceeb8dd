import { parseArgs } from 'node:util';
import type { ConfigAnswers } from './model-config.ts';
import { SAMPLE_KINDS, type SampleKind } from './sample-content.ts';

export const USAGE = `Makes this handbook yours: names your organization, repository and branch, picks the
severity scale, and removes the sample content you do not want.

Usage: npm run init -- [options]
  --organization <name>   your company or team, as templates and post-mortems name it
  --repository <url>      web address of this repository ("none" to leave it out)
  --branch <name>         branch that "open a pull request" links target
  --preset <name>         severity scale: a folder of content/model/presets/ (sev1-sev4, sev0-sev3)
  --remove-samples        remove every kind of sample content
  --remove <kinds>        remove some: ${SAMPLE_KINDS.join(', ')} (comma-separated)
  --keep-samples          keep all sample content
  --yes                   ask nothing: keep whatever the options leave out
Anything left out is asked for in a terminal. Only the handbook's own samples are ever removed.`;

export interface InitRequest {
	answers: ConfigAnswers;
	/** undefined: not decided by the options, so asked (or kept with --yes). */
	remove: SampleKind[] | undefined;
	yes: boolean;
	help: boolean;
}

/** Reads the command line; throws with a sentence for the user when the options contradict each other. */
export function parseInitArgs(args: string[]): InitRequest {
	const { values } = parseArgs({
		args,
		options: {
			organization: { type: 'string' },
			repository: { type: 'string' },
			branch: { type: 'string' },
			preset: { type: 'string' },
			'remove-samples': { type: 'boolean', default: false },
			remove: { type: 'string', multiple: true },
			'keep-samples': { type: 'boolean', default: false },
			yes: { type: 'boolean', short: 'y', default: false },
			help: { type: 'boolean', short: 'h', default: false },
		},
	});
	const listed = (values.remove ?? [])
		.flatMap((list) => list.split(','))
		.map((kind) => kind.trim())
		.filter(Boolean);
	const unknown = listed.filter((kind) => !(SAMPLE_KINDS as readonly string[]).includes(kind));
	if (unknown.length > 0) {
		throw new Error(`--remove takes ${SAMPLE_KINDS.join(', ')}; not ${unknown.map((k) => `"${k}"`).join(', ')}`);
	}
	const choices = [values['keep-samples'], values['remove-samples'], listed.length > 0].filter(Boolean).length;
	if (choices > 1) throw new Error('Choose one of --keep-samples, --remove-samples and --remove.');

	const repository = values.repository?.trim();
	return {
		answers: {
			organization: values.organization,
			repository: repository === undefined ? undefined : /^none$/i.test(repository) ? null : repository,
			branch: values.branch,
			preset: values.preset,
		},
		remove: values['keep-samples']
			? []
			: values['remove-samples']
				? [...SAMPLE_KINDS]
				: listed.length > 0
					? SAMPLE_KINDS.filter((kind) => listed.includes(kind))
					: undefined,
		yes: values.yes,
		help: values.help,
	};
}
