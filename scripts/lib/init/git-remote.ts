import { spawnSync } from 'node:child_process';

/**
 * The web address of a git remote: `git@github.com:acme/handbook.git` and
 * `https://github.com/acme/handbook.git` both give `https://github.com/acme/handbook`.
 */
export function webAddressOfRemote(remote: string): string | undefined {
	const url = remote.trim();
	const scp = /^[\w.-]+@([\w.-]+):(.+?)(?:\.git)?\/?$/.exec(url);
	if (scp) return `https://${scp[1]}/${scp[2]}`;
	const web = /^(?:https?|ssh|git):\/\/(?:[^@/]+@)?([\w.-]+)(?::\d+)?\/(.+?)(?:\.git)?\/?$/.exec(url);
	return web ? `https://${web[1]}/${web[2]}` : undefined;
}

/** The web address of this checkout's `origin`, to offer as the repository; undefined outside git. */
export function originWebAddress(cwd: string): string | undefined {
	const result = spawnSync('git', ['remote', 'get-url', 'origin'], { cwd, encoding: 'utf8' });
	return result.status === 0 ? webAddressOfRemote(result.stdout) : undefined;
}
