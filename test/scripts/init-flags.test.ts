import { describe, expect, test } from 'vitest';
import { parseInitArgs } from '../../scripts/lib/init/flags.ts';
import { webAddressOfRemote } from '../../scripts/lib/init/git-remote.ts';

describe('parseInitArgs', () => {
	test('reads the model answers and leaves the samples undecided unless told', () => {
		expect(parseInitArgs(['--organization', 'Acme', '--preset', 'sev0-sev3'])).toEqual({
			answers: { organization: 'Acme', repository: undefined, branch: undefined, preset: 'sev0-sev3' },
			remove: undefined,
			yes: false,
			help: false,
		});
	});

	test('--remove-samples, --keep-samples and --remove pick what goes', () => {
		expect(parseInitArgs(['--remove-samples']).remove).toEqual(['runbooks', 'postmortems', 'public-incidents']);
		expect(parseInitArgs(['--keep-samples']).remove).toEqual([]);
		expect(parseInitArgs(['--remove', 'public-incidents,runbooks']).remove).toEqual(['runbooks', 'public-incidents']);
	});

	test('"none" as the repository means leave it out', () => {
		expect(parseInitArgs(['--repository', 'none']).answers.repository).toBeNull();
	});

	test('says what is wrong with contradicting or unknown choices', () => {
		expect(() => parseInitArgs(['--keep-samples', '--remove', 'runbooks'])).toThrow(/Choose one of/);
		expect(() => parseInitArgs(['--remove', 'chapters'])).toThrow(/not "chapters"/);
	});
});

describe('webAddressOfRemote', () => {
	test.each([
		['git@github.com:acme/handbook.git', 'https://github.com/acme/handbook'],
		['https://github.com/acme/handbook.git', 'https://github.com/acme/handbook'],
		['https://oauth2:token@gitlab.example.com/ops/handbook', 'https://gitlab.example.com/ops/handbook'],
		['ssh://git@gitlab.example.com:2222/ops/sre/handbook.git', 'https://gitlab.example.com/ops/sre/handbook'],
	])('%s opens at %s', (remote, address) => {
		expect(webAddressOfRemote(remote)).toBe(address);
	});

	test('a local path is no web address', () => {
		expect(webAddressOfRemote('/srv/git/handbook.git')).toBeUndefined();
	});
});
