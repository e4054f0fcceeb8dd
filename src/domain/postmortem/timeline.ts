import { parseUtcInput, toUtcInput } from '../time/clock.ts';
import { UTC, utcToWall, type TimeZone } from '../time/zones.ts';
import { wallToUtc } from '../time/local-time.ts';

/** One row read from a pasted timeline: a UTC moment (minutes precision) and what happened. */
export interface ParsedEntry {
	/** `YYYY-MM-DDTHH:MM`, in UTC. */
	time: string;
	event: string;
}

export interface ParsedTimeline {
	entries: ParsedEntry[];
	/** Lines that carried no time this parser could read, kept verbatim so nothing pasted is lost. */
	unparsed: string[];
}

export interface ParseOptions {
	/**
	 * When impact started, `YYYY-MM-DDTHH:MM` in UTC, or only its day, `YYYY-MM-DD`, while the time is not
	 * known. The first line that gives only a time goes on the day that puts it nearest that moment (a
	 * paste in local time may start the evening before or the morning after the UTC date); with only a
	 * day, on that day as the pasted zone sees it.
	 */
	startDate: string;
	/** Where pasted times were written, unless a line says UTC itself; UTC by default. */
	zone?: TimeZone;
}

const DATE = String.raw`(\d{4})-(\d{2})-(\d{2})`;
const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:\s*([AaPp])\.?[Mm]\.?(?![A-Za-z]))?`;
const ZONE = String.raw`(?:\s*(Z|UTC|GMT)(?![A-Za-z]))?`;
/** Separators people put between a time and the text: dashes of every width, colons, pipes, commas. */
const SEPARATOR = String.raw`\s*(?:[-–—:|,]\s*)?`;

const dateTimeAtStart = new RegExp(String.raw`^${DATE}(?:[T\s]+|\s*,\s*)${TIME}${ZONE}${SEPARATOR}`);
const timeAtStart = new RegExp(String.raw`^${TIME}${ZONE}${SEPARATOR}`);
/** Chat clients: `[14:32] alice: text`, `[2025-03-15 14:32] alice: text`, `[2:32 PM] alice: text`. */
const bracketed = new RegExp(String.raw`^\[(?:${DATE}[T\s]+)?${TIME}${ZONE}\]\s*`);
/** Chat header line copied from Slack-like clients: `alice  2:32 PM` (the message follows on the next lines). */
const chatHeader = new RegExp(String.raw`^(\S.{0,60}?)\s+(?:${DATE}[T\s]+)?${TIME}${ZONE}$`);
const dateOnly = new RegExp(String.raw`^${DATE}$`);
const listMarker = /^(?:[-*+•]|\d+[.)])\s+/;

interface Moment {
	date?: string;
	minutes: number;
	/** The line gave its own zone, UTC. */
	utc?: boolean;
}

function toMinutes(hours: string, mins: string, meridiem: string | undefined): number | undefined {
	let h = Number(hours);
	const m = Number(mins);
	if (m > 59) return undefined;
	if (meridiem) {
		if (h < 1 || h > 12) return undefined;
		h = (h % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
	}
	if (h > 23) return undefined;
	return h * 60 + m;
}

function validDate(y: string, mo: string, d: string): string | undefined {
	const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
	if (date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) return undefined;
	return `${y}-${mo}-${d}`;
}

/** Reads `match` groups laid out as optional DATE (3 groups), TIME (4 groups) then ZONE (1 group) from `from`. */
function momentFrom(match: RegExpExecArray, from: number, hasDate: boolean): Moment | undefined {
	let date: string | undefined;
	let i = from;
	if (hasDate) {
		if (match[i] !== undefined) {
			date = validDate(match[i]!, match[i + 1]!, match[i + 2]!);
			if (!date) return undefined;
		}
		i += 3;
	}
	const minutes = toMinutes(match[i]!, match[i + 1]!, match[i + 3]);
	return minutes === undefined ? undefined : { date, minutes, utc: match[i + 4] !== undefined };
}

/** A spreadsheet cell or table cell that holds a date, a time, or both. */
function cellMoment(cell: string): Moment | 'date-only' | undefined {
	const text = cell.trim();
	const full = new RegExp(String.raw`^(?:${DATE}(?:[T\s]+|\s*,\s*))?${TIME}${ZONE}$`).exec(text);
	if (full) return momentFrom(full, 1, true);
	if (dateOnly.test(text)) return 'date-only';
	return undefined;
}

function splitCsv(line: string): string[] {
	const cells: string[] = [];
	let current = '';
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const ch = line[i]!;
		if (quoted) {
			if (ch === '"' && line[i + 1] === '"') {
				current += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else current += ch;
		} else if (ch === '"' && current.trim() === '') {
			quoted = true;
			current = '';
		} else if (ch === ',') {
			cells.push(current);
			current = '';
		} else current += ch;
	}
	cells.push(current);
	return cells;
}

interface Row {
	moment: Moment;
	event: string;
	/** True for a chat header whose message is on the following lines. */
	awaitsMessage?: boolean;
}

/** Rows copied from a spreadsheet (tabs), a CSV file or a Markdown table: the first cells hold the moment. */
function readCells(cells: string[], joiner: string): Row | undefined {
	const trimmed = cells.map((c) => c.trim());
	const first = cellMoment(trimmed[0] ?? '');
	if (!first) return undefined;
	let moment: Moment;
	let rest: string[];
	if (first === 'date-only') {
		const second = cellMoment(trimmed[1] ?? '');
		if (!second || second === 'date-only' || second.date) return undefined;
		moment = { ...second, date: trimmed[0] };
		rest = trimmed.slice(2);
	} else {
		moment = first;
		rest = trimmed.slice(1);
	}
	return { moment, event: rest.filter((c) => c !== '').join(joiner) };
}

function readLine(raw: string): Row | 'date' | undefined {
	const line = raw.trim().replace(listMarker, '');
	if (line.startsWith('|')) {
		const cells = line.replace(/^\|/, '').replace(/\|$/, '').split('|');
		return readCells(cells, ' — ');
	}
	if (line.includes('\t')) return readCells(line.split('\t'), ' — ');
	const bracket = bracketed.exec(line);
	if (bracket) {
		const moment = momentFrom(bracket, 1, true);
		return moment && { moment, event: line.slice(bracket[0].length).trim() };
	}
	const withDate = dateTimeAtStart.exec(line);
	if (withDate) {
		const moment = momentFrom(withDate, 1, true);
		if (!moment) return undefined;
		const event = line.slice(withDate[0].length);
		return { moment, event: event.startsWith('"') ? splitCsv(event).join(', ') : event.trim() };
	}
	const timeFirst = timeAtStart.exec(line);
	if (timeFirst) {
		const moment = momentFrom(timeFirst, 1, false);
		if (!moment) return undefined;
		const event = line.slice(timeFirst[0].length);
		return { moment, event: event.startsWith('"') ? splitCsv(event).join(', ') : event.trim() };
	}
	if (dateOnly.test(line)) return 'date';
	const header = chatHeader.exec(line);
	if (header) {
		const moment = momentFrom(header, 2, true);
		return moment && { moment, event: `${header[1]!.trim()}:`, awaitsMessage: true };
	}
	return undefined;
}

function shiftDate(date: string, days: number): string {
	const d = new Date(`${date}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}

/** The day among `date` and its neighbours on which `minutes` falls nearest the instant `near`. */
function nearestDay(date: string, minutes: number, zone: TimeZone, near: number): string {
	const distance = (day: string) => Math.abs((wallToUtc(day, minutes, zone) ?? Infinity) - near);
	return [shiftDate(date, -1), date, shiftDate(date, 1)].reduce((best, day) =>
		distance(day) < distance(best) ? day : best,
	);
}

/**
 * Turns a pasted timeline into entries. Lines giving only a time belong to the latest date seen (at first
 * the day impact started, as the pasted zone sees it) and roll over to the next day when the clock goes
 * backwards, so a 23:50 → 00:10 incident reads as two days. Lines without a time are kept as unparsed,
 * except the message lines under a chat header, which join that header's entry.
 */
export function parseTimeline(text: string, options: ParseOptions): ParsedTimeline {
	const entries: ParsedEntry[] = [];
	const unparsed: string[] = [];
	const zone = options.zone ?? UTC;
	const start = parseUtcInput(options.startDate);
	const startDay = start === null ? options.startDate.slice(0, 10) : utcToWall(start, zone).date;
	let currentDate: string | undefined;
	let lastMinutes: number | undefined;
	let open: ParsedEntry | undefined;
	for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
		if (raw.trim() === '') continue;
		const row = readLine(raw);
		if (row === 'date') {
			currentDate = raw.trim().replace(listMarker, '');
			lastMinutes = undefined;
			open = undefined;
			continue;
		}
		const lineZone = row?.moment.utc ? UTC : zone;
		if (row?.moment.date) {
			currentDate = row.moment.date;
		} else if (row && currentDate === undefined) {
			currentDate = start === null ? startDay : nearestDay(startDay, row.moment.minutes, lineZone, start);
		} else if (row && lastMinutes !== undefined && row.moment.minutes < lastMinutes) {
			currentDate = shiftDate(currentDate!, 1);
		}
		const instant = row ? wallToUtc(currentDate!, row.moment.minutes, lineZone) : null;
		if (!row || instant === null) {
			if (open) open.event = `${open.event} ${raw.trim()}`.trim();
			else unparsed.push(raw);
			continue;
		}
		lastMinutes = row.moment.minutes;
		const entry = { time: toUtcInput(instant), event: row.event };
		entries.push(entry);
		open = row.awaitsMessage || row.event === '' ? entry : undefined;
	}
	return { entries, unparsed };
}
