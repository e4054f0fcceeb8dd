import { describe, expect, test } from 'vitest';
import { buildInfoFromEnv, buildInfoToEnv, describeBuild, readCommit } from '../../../src/domain/offline/build-info.ts';

describe('readCommit', () => {
	test('keeps a short commit and drops the newline Git prints', () => {
		expect(readCommit('eb88c31\n')).toBe('eb88c31');
	});

	test.each([undefined, '', 'fatal: not a git repository', 'HEAD'])('says "unknown" for %j', (output) => {
		expect(readCommit(output)).toBe('unknown');
	});
});

describe('buildInfoFromEnv', () => {
	test('reads back what buildInfoToEnv wrote', () => {
		const info = { builtAt: '2026-11-27T19:50:12.000Z', commit: 'eb88c31' };
		expect(buildInfoFromEnv(buildInfoToEnv(info))).toEqual(info);
	});

	test('is undefined when the build script did not start this process', () => {
		expect(buildInfoFromEnv({})).toBeUndefined();
	});

	test('is undefined for a time that is not a time', () => {
		expect(buildInfoFromEnv({ HANDBOOK_BUILT_AT: 'yesterday', HANDBOOK_COMMIT: 'eb88c31' })).toBeUndefined();
	});
});

describe('describeBuild', () => {
	test('names the UTC minute and the commit', () => {
		expect(describeBuild({ builtAt: '2026-11-27T19:50:59.000Z', commit: 'eb88c31' })).toBe(
			'2026-11-27 19:50 UTC, commit eb88c31',
		);
	});
});
