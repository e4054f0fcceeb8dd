import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';

/**
 * Serves a built site from `dir` on 127.0.0.1, with the site's own 404 page for missing paths, and
 * compresses text the way static hosts do, so what a browser (or Lighthouse) sees here is what
 * readers of a published handbook get.
 */
export function serveStatic(dir: string, port: number): Promise<{ server: Server; url: string }> {
	const files = sirv(dir, { etag: true, dotfiles: false });
	const compress = compression();
	const notFound = readFileSync(join(dir, '404.html'));
	const server = createServer((req, res) =>
		compress(req as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], () =>
			files(req, res, () => {
				res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
				res.end(notFound);
			}),
		),
	);
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => {
			const address = server.address();
			const actual = typeof address === 'object' && address ? address.port : port;
			resolve({ server, url: `http://127.0.0.1:${actual}/` });
		});
	});
}
