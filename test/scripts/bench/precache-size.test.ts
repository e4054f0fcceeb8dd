import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { precacheSize, transferBytes } from '../../../scripts/lib/bench/precache-size.ts';

const page = (words: string) => Buffer.from(`<html><body>${words.repeat(200)}</body></html>`);

describe('transferBytes', () => {
	test('counts text as a host that gzips sends it', () => {
		const text = page('offline ');
		expect(transferBytes(text)).toBe(gzipSync(text).length);
	});

	test('counts an already gzipped file as it is', () => {
		const packed = gzipSync(page('index '));
		expect(transferBytes(packed)).toBe(packed.length);
	});
});

describe('precacheSize', () => {
	test("weighs the service worker and what it precaches, runbook pages and the bench's own runbooks apart, and not the archive", async () => {
		const dir = mkdtempSync(join(tmpdir(), 'handbook-precache-'));
		const files: Record<string, Buffer> = {
			'sw.js': Buffer.from('self.addEventListener("fetch", () => {});'),
			'index.html': page('home '),
			'runbooks/disk-full/index.html': page('disk '),
			'runbooks/synthetic-1-disk-full/index.html': page('synthetic disk '),
			'archive/2025-01-01-x/index.html': page('archive '),
		};
		for (const [file, content] of Object.entries(files)) {
			mkdirSync(join(dir, file, '..'), { recursive: true });
			writeFileSync(join(dir, file), content);
		}
		const weigh = (file: string) => gzipSync(files[file]!).length;
		expect(await precacheSize(dir)).toEqual({
			files: 4,
			bytes:
				weigh('sw.js') +
				weigh('index.html') +
				weigh('runbooks/disk-full/index.html') +
				weigh('runbooks/synthetic-1-disk-full/index.html'),
			runbookBytes: weigh('runbooks/disk-full/index.html') + weigh('runbooks/synthetic-1-disk-full/index.html'),
			addedRunbookBytes: weigh('runbooks/synthetic-1-disk-full/index.html'),
		});
	});
});
