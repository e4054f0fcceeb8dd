import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';

/**
 * Pagefind writes its index, its WebAssembly and its excerpts already gzipped. Sent as they are,
 * Pagefind unpacks them in JavaScript; sent with `Content-Encoding: gzip`, the browser unpacks them
 * natively and Pagefind sees that and skips its own step. Same bytes, a faster first search.
 */
export const PAGEFIND_PRECOMPRESSED = /^\/pagefind\/.*\.(pf_meta|pf_index|pf_filter|pf_fragment|pagefind)$/;

export interface ServeOptions {
	/** Label Pagefind's pre-compressed files as gzip (the default, as the README advises hosts); false serves them as a host that does not. */
	pagefindEncoding?: boolean;
	/** The path the site lives under, as a host serving a sub-path would (BASE_PATH), e.g. /handbook/. */
	base?: string;
}

const acceptsGzip = (req: IncomingMessage) => /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));

/**
 * Serves a built site from `dir` on 127.0.0.1, with the site's own 404 page for missing paths, and
 * compresses text the way static hosts do, so what a browser (or Lighthouse) sees here is what
 * readers of a published handbook get.
 */
export function serveStatic(
	dir: string,
	port: number,
	{ pagefindEncoding = true, base = '/' }: ServeOptions = {},
): Promise<{ server: Server; url: string }> {
	const files = sirv(dir, {
		etag: true,
		dotfiles: false,
		setHeaders: (res: ServerResponse, pathname: string) => {
			if (!pagefindEncoding || !PAGEFIND_PRECOMPRESSED.test(pathname)) return;
			res.setHeader('Vary', 'Accept-Encoding');
			if (res.req && acceptsGzip(res.req)) res.setHeader('Content-Encoding', 'gzip');
		},
	});
	const compress = compression();
	const notFound = readFileSync(join(dir, '404.html'));
	const missing = (res: ServerResponse) => {
		res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
		res.end(notFound);
	};
	const server = createServer((req, res) =>
		compress(req as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], () => {
			// Under a sub-path, like GitHub Pages' /<repository>/, only addresses inside it exist.
			if (!req.url?.startsWith(base)) return missing(res);
			req.url = `/${req.url.slice(base.length)}`;
			files(req, res, () => missing(res));
		}),
	);
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => {
			const address = server.address();
			const actual = typeof address === 'object' && address ? address.port : port;
			resolve({ server, url: `http://127.0.0.1:${actual}${base}` });
		});
	});
}
