import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { escapeHtml } from './domain/text/html.ts';

/**
 * Starlight writes each head entry's content as raw HTML, and the page title comes from content that
 * strangers write (a post-mortem's title), so `</title><script>` would run and `&lt;` would show as `<`.
 * Escaping the title's text here shows it exactly as written.
 */
export const onRequest = defineRouteMiddleware((context) => {
	for (const entry of context.locals.starlightRoute.head) {
		if (entry.tag === 'title' && entry.content) entry.content = escapeHtml(entry.content);
	}
});
