const MINUTE = 60_000;

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

// Asking builds a formatter, and the first one loads the browser's time-zone data; UTC needs neither.
const knownZones = new Set<string>(['UTC']);

/** Whether the runtime knows the IANA zone name. */
export function isTimeZone(timeZone: string): boolean {
	if (knownZones.has(timeZone)) return true;
	try {
		new Intl.DateTimeFormat('en-US', { timeZone });
	} catch {
		return false;
	}
	knownZones.add(timeZone);
	return true;
}

/** Milliseconds the zone's wall clock is ahead of UTC at the given instant (Kolkata: +5h30). */
export function zoneOffset(ms: number, timeZone: string): number {
	let format = offsetFormatters.get(timeZone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric',
		});
		offsetFormatters.set(timeZone, format);
	}
	const parts = Object.fromEntries(format.formatToParts(ms).map((p) => [p.type, Number(p.value)]));
	const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
	return wall - Math.floor(ms / 1000) * 1000;
}

/**
 * Where pasted or typed local times were written: a fixed offset from UTC (`+02:00`), or a named zone
 * (`Europe/Berlin`) whose offset changes with daylight saving.
 */
export type TimeZone = { kind: 'offset'; minutes: number } | { kind: 'named'; name: string };

export const UTC: TimeZone = { kind: 'offset', minutes: 0 };

const OFFSET = /^(?:UTC|GMT)?\s*([+-−])\s*(\d{1,2})(?::?(\d{2}))?$/i;

/**
 * Reads a time zone as people write it: `UTC`, `Z`, `+2`, `-03:30`, `UTC+05:30`, `GMT-4`, or a zone name
 * such as `America/New_York`. Null for anything else, so the tool can say what it did not understand.
 */
export function parseTimeZone(text: string): TimeZone | null {
	const value = text.trim();
	if (/^(?:UTC|GMT|Z)$/i.test(value)) return UTC;
	const offset = OFFSET.exec(value);
	if (offset) {
		const hours = Number(offset[2]);
		const minutes = Number(offset[3] ?? 0);
		if (hours > 14 || minutes > 59) return null;
		const total = hours * 60 + minutes;
		return { kind: 'offset', minutes: offset[1] === '+' ? total : -total };
	}
	return value !== '' && isTimeZone(value) ? { kind: 'named', name: value } : null;
}

/** `UTC`, `UTC+02:00`, `UTC−03:30` or the zone's name: how a chosen zone reads back in a sentence. */
export function describeTimeZone(zone: TimeZone): string {
	if (zone.kind === 'named') return zone.name;
	if (zone.minutes === 0) return 'UTC';
	const abs = Math.abs(zone.minutes);
	return `UTC${zone.minutes < 0 ? '−' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The wall-clock date (`YYYY-MM-DD`) and minutes since midnight an instant shows in the zone. */
export function utcToWall(ms: number, zone: TimeZone): { date: string; minutes: number } {
	const offset = zone.kind === 'offset' ? zone.minutes * MINUTE : zoneOffset(ms, zone.name);
	const wall = new Date(ms + offset);
	return { date: wall.toISOString().slice(0, 10), minutes: wall.getUTCHours() * 60 + wall.getUTCMinutes() };
}
