import { describe, expect, test } from 'vitest';
import { isSafeLink, isSafeLinkTarget } from '../../../src/domain/text/links.ts';

describe('isSafeLink', () => {
	test.each(['https://tracker.example.com/OPS-1', 'http://intranet/wiki?a=1&b=2', 'mailto:ops@example.com'])(
		'accepts %s',
		(link) => expect(isSafeLink(link)).toBe(true),
	);

	test.each([
		'javascript:alert(1)',
		'JaVaScRiPt:alert(1)',
		' javascript:alert(1)',
		'java\tscript:alert(1)',
		'data:text/html,<script>alert(1)</script>',
		'vbscript:msgbox(1)',
		'file:///etc/passwd',
		'jira/OPS-1',
		'https://',
		'mailto:',
		'https://exa mple.com',
		'',
	])('refuses %j', (link) => expect(isSafeLink(link)).toBe(false));
});

describe('isSafeLinkTarget', () => {
	test('accepts paths and fragments on this site', () => {
		expect(isSafeLinkTarget('/runbooks/disk-full/')).toBe(true);
		expect(isSafeLinkTarget('#timeline')).toBe(true);
		expect(isSafeLinkTarget('../other/')).toBe(true);
	});

	test('refuses a scheme outside the allowed ones, however it is written', () => {
		expect(isSafeLinkTarget('javascript:alert(1)')).toBe(false);
		expect(isSafeLinkTarget('java\nscript:alert(1)')).toBe(false);
		expect(isSafeLinkTarget('data:,x')).toBe(false);
	});
});
