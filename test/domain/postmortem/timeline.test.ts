import { describe, expect, test } from 'vitest';
import { parseTimeline } from '../../../src/domain/postmortem/timeline.ts';

const parse = (text: string, startDate = '2025-03-15') => parseTimeline(text, { startDate });

describe('parseTimeline', () => {
	test.each([
		['14:32 - Alert fired', 'hyphen'],
		['14:32 – Alert fired', 'en dash'],
		['14:32 — Alert fired', 'em dash'],
		['14:32: Alert fired', 'colon'],
		['14:32 Alert fired', 'space only'],
		['14:32Z Alert fired', 'Z suffix'],
		['14:32 UTC - Alert fired', 'UTC suffix'],
		['14:32:09 Alert fired', 'seconds'],
		['- 14:32 Alert fired', 'Markdown list item'],
		['2:32 PM - Alert fired', '12-hour clock'],
	])('reads a time-first line (%s, %s)', (line) => {
		expect(parse(line)).toEqual({ entries: [{ time: '2025-03-15T14:32', event: 'Alert fired' }], unparsed: [] });
	});

	test.each([
		['2025-03-16 14:32 UTC Alert fired'],
		['2025-03-16 14:32 UTC - Alert fired'],
		['2025-03-16T14:32:00Z Alert fired'],
		['2025-03-16T14:32 — Alert fired'],
	])('reads a line with its own date: %s', (line) => {
		expect(parse(line).entries).toEqual([{ time: '2025-03-16T14:32', event: 'Alert fired' }]);
	});

	test('reads rows copied from a spreadsheet, with the date and time in one cell or two', () => {
		const text = '14:32\tAlert fired\n2025-03-15\t14:40\tRollback started\tbob';
		expect(parse(text).entries).toEqual([
			{ time: '2025-03-15T14:32', event: 'Alert fired' },
			{ time: '2025-03-15T14:40', event: 'Rollback started — bob' },
		]);
	});

	test('reads comma-separated rows, keeping commas inside quoted cells', () => {
		const text = '2025-03-15,14:32,Alert fired\n14:35,"Paged the on-call, then the lead"';
		expect(parse(text).entries).toEqual([
			{ time: '2025-03-15T14:32', event: 'Alert fired' },
			{ time: '2025-03-15T14:35', event: 'Paged the on-call, then the lead' },
		]);
	});

	test('reads rows of a Markdown table', () => {
		expect(parse('| 14:32 | Alert fired |').entries).toEqual([{ time: '2025-03-15T14:32', event: 'Alert fired' }]);
	});

	test('reads bracketed chat lines and keeps who said it', () => {
		const text = '[14:32] alice: checkout is failing\n[2025-03-15 14:33] bob: looking';
		expect(parse(text).entries).toEqual([
			{ time: '2025-03-15T14:32', event: 'alice: checkout is failing' },
			{ time: '2025-03-15T14:33', event: 'bob: looking' },
		]);
	});

	test('joins the message lines under a chat header to that header', () => {
		const text = 'alice  2:32 PM\ncheckout is failing\nfor card payments\nbob  2:35 PM\nrolling back';
		expect(parse(text)).toEqual({
			entries: [
				{ time: '2025-03-15T14:32', event: 'alice: checkout is failing for card payments' },
				{ time: '2025-03-15T14:35', event: 'bob: rolling back' },
			],
			unparsed: [],
		});
	});

	test('rolls time-only lines over midnight from the start date', () => {
		const text = '23:50 Queue backs up\n00:10 Workers restarted\n09:00 Post-incident review booked';
		expect(parse(text, '2025-12-31').entries.map((e) => e.time)).toEqual([
			'2025-12-31T23:50',
			'2026-01-01T00:10',
			'2026-01-01T09:00',
		]);
	});

	test('a date on its own line sets the day for the lines after it', () => {
		const text = '2025-03-17\n08:00 Fix deployed';
		expect(parse(text).entries).toEqual([{ time: '2025-03-17T08:00', event: 'Fix deployed' }]);
	});

	test('keeps lines it cannot read, in order, instead of dropping them', () => {
		const text = 'Time,Event\n14:32 Alert fired\nthe dashboard was red\n25:99 not a time';
		expect(parse(text)).toEqual({
			entries: [{ time: '2025-03-15T14:32', event: 'Alert fired' }],
			unparsed: ['Time,Event', 'the dashboard was red', '25:99 not a time'],
		});
	});

	test('does not mistake words that start like AM or a zone for part of the time', () => {
		expect(parse('14:32 AMS region down\n14:40 Zookeeper lost quorum').entries.map((e) => e.event)).toEqual([
			'AMS region down',
			'Zookeeper lost quorum',
		]);
	});

	test('converts local times to UTC with the given offset', () => {
		expect(
			parseTimeline('00:30 Alert fired', { startDate: '2025-03-15', zone: { kind: 'offset', minutes: 60 } }).entries,
		).toEqual([{ time: '2025-03-14T23:30', event: 'Alert fired' }]);
	});

	test('dates local times after midnight by the local day of the impact start, east of UTC', () => {
		// Impact began at 23:00 UTC, 01:00 the next day at UTC+2, where the responders pasted their chat.
		const text = '00:55 Deploy starts\n01:05 Errors climb\n01:40 Rolled back\n03:10 Resolved';
		const { entries } = parseTimeline(text, { startDate: '2025-03-14T23:00', zone: { kind: 'offset', minutes: 120 } });
		expect(entries.map((e) => e.time)).toEqual([
			'2025-03-14T22:55',
			'2025-03-14T23:05',
			'2025-03-14T23:40',
			'2025-03-15T01:10',
		]);
	});

	test('dates local times before midnight by the local day of the impact start, west of UTC', () => {
		// Impact began at 02:30 UTC, 21:30 the evening before at UTC−5.
		const text = '21:25 Deploy starts\n21:35 Errors climb\n00:15 Resolved';
		const { entries } = parseTimeline(text, { startDate: '2025-03-15T02:30', zone: { kind: 'offset', minutes: -300 } });
		expect(entries.map((e) => e.time)).toEqual(['2025-03-15T02:25', '2025-03-15T02:35', '2025-03-15T05:15']);
	});

	test('puts a paste that starts the evening before an early-morning start on the evening before', () => {
		const { entries } = parseTimeline('23:50 Deploy starts\n00:20 Errors climb', { startDate: '2025-03-15T00:10' });
		expect(entries.map((e) => e.time)).toEqual(['2025-03-14T23:50', '2025-03-15T00:20']);
	});

	test('follows a named zone across a daylight-saving change', () => {
		// Berlin moved from UTC+1 to UTC+2 at 02:00 local time on 2025-03-30.
		const text = '01:30 Batch job starts\n03:30 Batch job still running';
		const zone = { kind: 'named', name: 'Europe/Berlin' } as const;
		const { entries } = parseTimeline(text, { startDate: '2025-03-30T00:30', zone });
		expect(entries.map((e) => e.time)).toEqual(['2025-03-30T00:30', '2025-03-30T01:30']);
	});

	test('keeps a line that names UTC in UTC, whatever zone the paste is in', () => {
		const { entries } = parseTimeline('14:32 UTC Alert fired\n16:40 Rolled back', {
			startDate: '2025-03-15T14:00',
			zone: { kind: 'offset', minutes: 120 },
		});
		expect(entries.map((e) => e.time)).toEqual(['2025-03-15T14:32', '2025-03-15T14:40']);
	});

	test('rejects a date that does not exist', () => {
		expect(parse('2025-02-30 10:00 Alert').unparsed).toEqual(['2025-02-30 10:00 Alert']);
	});
});
