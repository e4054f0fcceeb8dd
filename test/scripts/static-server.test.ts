import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveStatic } from '../../scripts/lib/build/static-server.ts';

const fragment = gzipSync(Buffer.from('pagefind_dcd{"url":"/a/"}'));
let dir: string;

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'static-server-'));
	mkdirSync(join(dir, 'pagefind/fragment'), { recursive: true });
	writeFileSync(join(dir, '404.html'), '<p>Not found</p>');
	writeFileSync(join(dir, 'pagefind/fragment/en_1.pf_fragment'), fragment);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A raw GET, so the test sees the bytes and headers as sent, not as a client decoded them. */
async function get(url: string, acceptEncoding?: string) {
	return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
		const req = request(url, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
		});
		req.on('error', reject);
		req.end();
	});
}

async function withServer<T>(options: Parameters<typeof serveStatic>[2], run: (url: string) => Promise<T>) {
	const { server, url } = await serveStatic(dir, 0, options);
	try {
		return await run(url);
	} finally {
		server.close();
	}
}

describe('serveStatic', () => {
	test("labels Pagefind's pre-compressed files as gzip for a browser that accepts it, sending the same bytes", async () => {
		const res = await withServer({}, (url) => get(`${url}pagefind/fragment/en_1.pf_fragment`, 'gzip, deflate, br'));
		expect(res.status).toBe(200);
		expect(res.headers['content-encoding']).toBe('gzip');
		expect(res.headers.vary).toMatch(/Accept-Encoding/i);
		expect(res.body.equals(fragment)).toBe(true);
	});

	test('sends them unlabelled to a client that does not accept gzip, for Pagefind to unpack itself', async () => {
		const res = await withServer({}, (url) => get(`${url}pagefind/fragment/en_1.pf_fragment`));
		expect(res.headers['content-encoding']).toBeUndefined();
		expect(res.body.equals(fragment)).toBe(true);
	});

	test('can serve them as a host that sets no header does', async () => {
		const res = await withServer({ pagefindEncoding: false }, (url) =>
			get(`${url}pagefind/fragment/en_1.pf_fragment`, 'gzip'),
		);
		expect(res.headers['content-encoding']).toBeUndefined();
		expect(res.body.equals(fragment)).toBe(true);
	});

	test("answers an unknown path with the site's 404 page", async () => {
		const res = await withServer({}, (url) => get(`${url}no/such/page/`));
		expect(res.status).toBe(404);
		expect(res.body.toString()).toContain('Not found');
	});
});
