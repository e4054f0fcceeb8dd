import { describe, expect, test } from 'vitest';
import { findMentions, linkTarget, unlinkPages } from '../../scripts/lib/init/unlink-pages.ts';

const removed = new Set([
	'/runbooks/deploy-rollback/',
	'/archive/2025-03-15-gateway-route-config-outage/',
	'/archive/public/#fastly-global-outage-2021',
]);

describe('linkTarget', () => {
	test('reads the page a root-relative link opens, with or without its trailing slash or fragment', () => {
		expect(linkTarget('/runbooks/deploy-rollback')).toBe('/runbooks/deploy-rollback/');
		expect(linkTarget('/runbooks/deploy-rollback/#verify')).toBe('/runbooks/deploy-rollback/');
		expect(linkTarget('/archive/public/#fastly-global-outage-2021')).toBe('/archive/public/#fastly-global-outage-2021');
		expect(linkTarget('https://example.com/runbooks/deploy-rollback/')).toBeUndefined();
	});
});

describe('unlinkPages', () => {
	test('keeps the words of a link to a removed page and says where it was', () => {
		const text = 'Go straight to the [rollback runbook](/runbooks/deploy-rollback/), or the [index](/runbooks/).';
		expect(unlinkPages(text, removed)).toEqual({
			text: 'Go straight to the rollback runbook, or the [index](/runbooks/).',
			unlinked: [{ line: 1, label: 'rollback runbook', href: '/runbooks/deploy-rollback/' }],
		});
	});

	test('handles post-mortems and public incidents by their fragment', () => {
		const text =
			'See [the gateway outage](/archive/2025-03-15-gateway-route-config-outage/) and [Fastly](/archive/public/#fastly-global-outage-2021).';
		expect(unlinkPages(text, removed).text).toBe('See the gateway outage and Fastly.');
	});

	test('leaves code blocks, inline code and images as written', () => {
		const text = [
			'```md',
			'[rollback runbook](/runbooks/deploy-rollback/)',
			'```',
			'Write `[x](/runbooks/deploy-rollback/)` to link.',
			'![diagram](/runbooks/deploy-rollback/)',
		].join('\n');
		expect(unlinkPages(text, removed)).toEqual({ text, unlinked: [] });
	});
});

describe('findMentions', () => {
	test('finds removed pages named outside links, but not a longer id that starts the same', () => {
		const text = 'runbookUrl: `${handbook}/runbooks/deploy-rollback/`\nSee /runbooks/deploy-rollback-v2/ too.';
		expect(findMentions(text, removed)).toEqual([{ line: 1, path: '/runbooks/deploy-rollback/' }]);
	});
});
