/**
 * Service names are identifiers: they become search filters, group similar incidents and are typed into
 * tools by many hands, so one spelling per service matters more than freedom. Lowercase letters (any
 * script) and digits, joined by single hyphens, dots or underscores.
 */
export const SERVICE_ID = /^[\p{Ll}\p{Lo}\p{Nd}]+(?:[-._][\p{Ll}\p{Lo}\p{Nd}]+)*$/u;

export const SERVICE_ID_MAX = 64;

export const SERVICE_ID_RULE = `a service id: lowercase letters and digits, joined by single hyphens, dots or underscores, at most ${SERVICE_ID_MAX} characters, e.g. api-gateway`;

export function isServiceId(text: string): boolean {
	return text.length <= SERVICE_ID_MAX && SERVICE_ID.test(text);
}
