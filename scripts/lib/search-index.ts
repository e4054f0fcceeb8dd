import { join } from 'node:path';
import * as pagefind from 'pagefind';

interface PagefindResponse {
	errors: string[];
}

function orThrow<T extends PagefindResponse>(response: T, step: string): T {
	if (response.errors.length) throw new Error(`Pagefind could not ${step}:\n${response.errors.join('\n')}`);
	return response;
}

/** Indexes a built site the way Starlight would, into `<dir>/pagefind/`; returns the pages indexed. */
export async function indexSite(dir: string): Promise<number> {
	try {
		const { index } = orThrow(await pagefind.createIndex(), 'start');
		if (!index) throw new Error('Pagefind could not start.');
		const { page_count } = orThrow(await index.addDirectory({ path: dir }), `read the pages in ${dir}`);
		orThrow(await index.writeFiles({ outputPath: join(dir, 'pagefind') }), 'write the index');
		return page_count;
	} finally {
		await pagefind.close();
	}
}
