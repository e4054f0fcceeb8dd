/**
 * What the console's address carries. `?incident=<id>` opens one incident (so a second tab or a wall
 * screen can show it); the classifier adds the level it chose, its answers and why, and anything typed on
 * its result page, either to declare a new incident or to take a re-run's level back to an open one.
 */
export interface ConsoleAddress {
	incident?: string | undefined;
	level?: string | undefined;
	/** The classifier's answers, `question.answer,…`, to link back to them. */
	answers?: string | undefined;
	/** The answers in words, for the log. */
	reason?: string | undefined;
	title?: string | undefined;
	commander?: string | undefined;
}

const KEYS = ['incident', 'level', 'answers', 'reason', 'title', 'commander'] as const;

/** The query string for an address, `?level=SEV2&answers=…`, or empty; blank parts are left out. */
export function consoleQuery(address: ConsoleAddress): string {
	const params = new URLSearchParams();
	for (const key of KEYS) {
		const value = address[key]?.trim();
		if (value) params.set(key, value);
	}
	const query = params.toString();
	return query ? `?${query}` : '';
}

export interface ReadAddress extends ConsoleAddress {
	/** Things in the address that could not be used, each as a sentence. */
	notes: string[];
}

/** Reads the address; a level this handbook does not define is dropped with a note, never applied. */
export function readConsoleQuery(search: string, levelIds: readonly string[]): ReadAddress {
	const params = new URLSearchParams(search);
	const read: ReadAddress = { notes: [] };
	for (const key of KEYS) {
		const value = params.get(key)?.trim();
		if (value) read[key] = value;
	}
	if (read.level && !levelIds.includes(read.level)) {
		read.notes.push(`The link asked for level "${read.level}", which this handbook does not define; choose one below.`);
		delete read.level;
	}
	return read;
}
