import { execFileSync } from 'node:child_process';
import { buildInfoFromEnv, readCommit, type BuildInfo } from '../domain/offline/build-info.ts';

function gitHead(): string | undefined {
	try {
		return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
		});
	} catch {
		return undefined;
	}
}

/** This build as of now: the current time and the checkout's commit ("unknown" without Git). */
export function currentBuild(now: Date = new Date()): BuildInfo {
	return { builtAt: now.toISOString(), commit: readCommit(gitHead()) };
}

/**
 * The build every page is stamped with: the one `npm run build` started, or, for a plain `astro build`
 * or the development server, this process's own.
 */
export const buildInfo: BuildInfo = buildInfoFromEnv(process.env) ?? currentBuild();
