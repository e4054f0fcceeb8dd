import { formatUtc } from '../time/clock.ts';

/** Which copy of the handbook a page belongs to: when it was built and from which commit. */
export interface BuildInfo {
	/** The moment the build started, as an ISO 8601 UTC timestamp. */
	builtAt: string;
	/** `git rev-parse --short HEAD` of the built tree, or "unknown" outside a Git checkout. */
	commit: string;
}

/**
 * `scripts/build.ts` reads the build's time and commit once and hands them to `astro build` through
 * these variables, so the pages, the print pack and the service worker all name the same build.
 */
export const BUILD_INFO_ENV = { builtAt: 'HANDBOOK_BUILT_AT', commit: 'HANDBOOK_COMMIT' } as const;

const SHORT_COMMIT = /^[0-9a-f]{4,40}$/;

/** The commit as Git printed it, or "unknown" when Git printed nothing usable (no checkout, no Git). */
export function readCommit(gitOutput: string | undefined): string {
	const commit = gitOutput?.trim() ?? '';
	return SHORT_COMMIT.test(commit) ? commit : 'unknown';
}

/** The build handed down by the build script, or undefined when this process was started some other way. */
export function buildInfoFromEnv(env: Record<string, string | undefined>): BuildInfo | undefined {
	const builtAt = env[BUILD_INFO_ENV.builtAt];
	const commit = env[BUILD_INFO_ENV.commit];
	if (!builtAt || !commit || Number.isNaN(Date.parse(builtAt))) return undefined;
	return { builtAt: new Date(builtAt).toISOString(), commit: readCommit(commit) };
}

export function buildInfoToEnv(info: BuildInfo): Record<string, string> {
	return { [BUILD_INFO_ENV.builtAt]: info.builtAt, [BUILD_INFO_ENV.commit]: info.commit };
}

/** "2026-11-27 19:50 UTC, commit eb88c31": how a page or a printed sheet names its build. */
export function describeBuild(info: BuildInfo): string {
	return `${formatUtc(Date.parse(info.builtAt))}, commit ${info.commit}`;
}
