import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { PAGEFIND_PRECOMPRESSED } from '../../scripts/lib/build/static-server.ts';

interface Step {
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
}
interface Job {
	'runs-on'?: string;
	needs?: string;
	env?: Record<string, string>;
	environment?: { name: string };
	steps: Step[];
}
interface Workflow {
	on: Record<string, unknown>;
	jobs: Record<string, Job>;
	concurrency?: { group: string; 'cancel-in-progress': boolean };
	permissions?: Record<string, string>;
}

const workflow = (name: string) => parse(readFileSync(`.github/workflows/${name}`, 'utf8')) as Workflow;
const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
const runs = (job: Job) => job.steps.flatMap((step) => (step.run ? [step.run] : []));
const action = (job: Job, name: string) => job.steps.find((step) => step.uses?.startsWith(`${name}@`));

describe('the GitHub check workflow', () => {
	const check = workflow('check.yml');
	const job = check.jobs.test!;

	test('runs on every push and pull request, on Ubuntu with Node 24 and the npm cache', () => {
		expect(Object.keys(check.on)).toEqual(['push', 'pull_request']);
		expect(job['runs-on']).toBe('ubuntu-latest');
		expect(action(job, 'actions/setup-node')?.with).toEqual({ 'node-version': 24, cache: 'npm' });
	});

	test('installs, checks the content with annotations, then runs the whole test suite', () => {
		expect(runs(job)).toEqual(['npm ci', 'npm run check:content', 'npm test']);
	});
});

describe('the GitHub Pages workflow', () => {
	const deploy = workflow('deploy.yml');
	const { build, deploy: publish } = deploy.jobs;

	test('builds on a push to main for https://<owner>.github.io/<repository>/', () => {
		expect(deploy.on.push).toEqual({ branches: ['main'] });
		expect(build!.env).toEqual({
			SITE_URL: 'https://${{ github.repository_owner }}.github.io',
			BASE_PATH: '/${{ github.event.repository.name }}',
		});
		expect(runs(build!)).toEqual(['npm ci', 'npm run build']);
		expect(action(build!, 'actions/configure-pages')).toBeDefined();
		expect(action(build!, 'actions/upload-pages-artifact')?.with).toEqual({ path: 'dist' });
	});

	test('deploys with the permissions and environment the Pages actions ask for, one at a time', () => {
		expect(publish!.needs).toBe('build');
		expect(deploy.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
		expect(publish!.environment?.name).toBe('github-pages');
		expect(action(publish!, 'actions/deploy-pages')).toBeDefined();
		expect(deploy.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
	});
});

describe('every CI file', () => {
	const gitlab = parse(readFileSync('.gitlab-ci.yml', 'utf8'));
	const commands = [
		...Object.values(workflow('check.yml').jobs).flatMap(runs),
		...Object.values(workflow('deploy.yml').jobs).flatMap(runs),
		...['test', 'pages'].flatMap((job) => gitlab[job].script as string[]),
	];

	test('only runs npm scripts that package.json has', () => {
		const named = commands.flatMap((command) => [...command.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!));
		expect(named.length).toBeGreaterThan(0);
		for (const name of named) expect(Object.keys(scripts), name).toContain(name);
	});
});

describe('the GitLab pipeline', () => {
	const gitlab = parse(readFileSync('.gitlab-ci.yml', 'utf8'));

	test('tests merge requests and the default branch', () => {
		expect(gitlab.test.rules).toEqual([
			{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' },
			{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' },
		]);
		expect(gitlab.test.script.slice(-2)).toEqual(['npm run check:content', 'npm test']);
	});

	test('publishes dist/ from the default branch as GitLab Pages', () => {
		expect(gitlab.pages.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
		expect(gitlab.pages.pages).toEqual({ publish: 'dist' });
		expect(gitlab.pages.artifacts.paths).toEqual(['dist']);
	});

	test.each([
		['https://acme.gitlab.io/incident-handbook', 'https://acme.gitlab.io', '/incident-handbook'],
		['https://incident-handbook-acme-1f2e3d.gitlab.io', 'https://incident-handbook-acme-1f2e3d.gitlab.io', '/'],
		['http://pages.example.internal/ops/handbook', 'http://pages.example.internal', '/ops/handbook'],
	])('splits CI_PAGES_URL %s into the site and base path', (pagesUrl, site, base) => {
		const exports = (gitlab.pages.script as string[]).filter((line) => line.startsWith('export '));
		const shown = execFileSync('sh', ['-c', `${exports.join('\n')}\nprintf '%s %s' "$SITE_URL" "$BASE_PATH"`], {
			env: { PATH: process.env.PATH, CI_PAGES_URL: pagesUrl },
			encoding: 'utf8',
		});
		expect(shown).toBe(`${site} ${base}`);
	});
});

describe('public/_headers', () => {
	// Netlify and Cloudflare Pages both read `*` in a path as any run of characters, slashes included.
	const rules = readFileSync('public/_headers', 'utf8')
		.split(/\n(?=\/)/)
		.filter((block) => block.startsWith('/'))
		.map((block) => {
			const [path, ...headers] = block.trim().split('\n');
			const pattern = new RegExp(
				`^${path!
					.split('*')
					.map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
					.join('.*')}$`,
			);
			return { pattern, headers: headers.map((h) => h.trim()) };
		});
	const labelled = (path: string) =>
		rules.some((rule) => rule.pattern.test(path) && rule.headers.includes('Content-Encoding: gzip'));

	test.each([
		'/pagefind/pagefind.en_3f9a1c2b4d.pf_meta',
		'/pagefind/index/en_8c1d2e3f4a.pf_index',
		'/pagefind/filter/en_1a2b3c4d5e.pf_filter',
		'/pagefind/fragment/en_0f1e2d3c4b.pf_fragment',
		'/pagefind/wasm.en.pagefind',
		'/pagefind/wasm.unknown.pagefind',
		'/pagefind/pagefind.js',
		'/pagefind/pagefind-ui.css',
		'/pagefind/pagefind-entry.json',
		'/severity/index.html',
	])('labels %s as gzip exactly when the local server does', (path) => {
		expect(labelled(path)).toBe(PAGEFIND_PRECOMPRESSED.test(path));
	});
});
