/**
 * The only kinds of address a link may have. `javascript:`, `data:`, `vbscript:` and the like run code or
 * smuggle content when clicked, and nobody needs them to point at a ticket, a dashboard or a write-up.
 */
export const LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'] as const;

/** What a link field accepts, in words the schema errors and the tools both use. */
export const LINK_RULE = 'a web address starting with http:// or https://, or a mailto: address';

/** Whether the text is a complete address a reader can safely click. */
export function isSafeLink(text: string): boolean {
	const value = text.trim();
	// Browsers quietly drop tabs and newlines inside addresses, so `java\tscript:` would still run.
	if (value === '' || /[\s\u0000-\u001F\u007F]/.test(value)) return false;
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		return false;
	}
	if (!(LINK_PROTOCOLS as readonly string[]).includes(url.protocol)) return false;
	return url.protocol === 'mailto:' ? url.pathname.includes('@') : url.hostname !== '';
}

/**
 * Whether an address written inside Markdown may become a link: a safe absolute link, or one relative to
 * this site (`/runbooks/`, `#timeline`). Browsers ignore tabs and newlines in a scheme, so those are refused.
 */
export function isSafeLinkTarget(text: string): boolean {
	if (/[\u0000-\u001F\u007F]/.test(text)) return false;
	const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(text);
	return scheme ? isSafeLink(text) : true;
}
