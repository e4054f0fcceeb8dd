import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { precachedFiles, SERVICE_WORKER } from '../build/service-worker.ts';
import { SYNTHETIC_PREFIX } from './synthetic-archive.ts';

export interface PrecacheSize {
	files: number;
	/** Bytes a first visit downloads to be ready offline, as a host that gzips text sends them. */
	bytes: number;
	/** The part of `bytes` that is runbook pages, which grow with the number of runbooks. */
	runbookBytes: number;
	/** The part of `runbookBytes` that is the pages of runbooks the bench added. */
	addedRunbookBytes: number;
}

const GZIP_MAGIC = [0x1f, 0x8b];

/** A file's size on the wire: Pagefind's files are already gzipped and go as they are; text is gzipped. */
export function transferBytes(content: Buffer): number {
	const gzipped = content[0] === GZIP_MAGIC[0] && content[1] === GZIP_MAGIC[1];
	return gzipped ? content.length : gzipSync(content).length;
}

/** What the service worker of the site in `outDir` downloads on a first visit: itself and its precache. */
export async function precacheSize(outDir: string): Promise<PrecacheSize> {
	const files = [SERVICE_WORKER, ...(await precachedFiles(outDir))];
	let bytes = 0;
	let runbookBytes = 0;
	let addedRunbookBytes = 0;
	for (const file of files) {
		const size = transferBytes(readFileSync(join(outDir, file)));
		bytes += size;
		if (/^runbooks\/[^/]+\/index\.html$/.test(file)) runbookBytes += size;
		if (file.startsWith(`runbooks/${SYNTHETIC_PREFIX}`)) addedRunbookBytes += size;
	}
	return { files: files.length, bytes, runbookBytes, addedRunbookBytes };
}
