import { formatDay } from '../time/calendar.ts';

/** Slack refuses channel names longer than 80 characters (the `#` is not part of the name). */
export const CHANNEL_NAME_LIMIT = 80;

/** Lowercase ASCII words joined by single hyphens: "Café API: 502s!" becomes "cafe-api-502s". */
export function slugifyDescription(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/**
 * `#inc-YYYYMMDD-short-description` for the incident's chat channel, dated by the incident's UTC start so
 * everyone derives the same name. Long descriptions are cut at a word boundary to stay within the limit.
 */
export function channelName(start: number, description: string, limit = CHANNEL_NAME_LIMIT): string {
	const prefix = `inc-${formatDay(start).replaceAll('-', '')}`;
	let slug = slugifyDescription(description);
	const room = limit - prefix.length - 1;
	if (slug.length > room) {
		const cut = slug.slice(0, room + 1);
		const lastHyphen = cut.lastIndexOf('-');
		slug = lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, room);
	}
	return slug ? `#${prefix}-${slug}` : `#${prefix}`;
}
