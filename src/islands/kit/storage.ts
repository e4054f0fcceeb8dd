/**
 * The browser's local storage as the tools use it. Private modes, full disks and blocked storage make
 * every call throw somewhere, so each one answers plainly instead.
 */
export function readStored(key: string): string | null {
	try {
		return localStorage.getItem(key);
	} catch {
		return null;
	}
}

/** Whether the text was stored; false when the browser refused (storage full or blocked). */
export function writeStored(key: string, text: string): boolean {
	try {
		localStorage.setItem(key, text);
		return true;
	} catch {
		return false;
	}
}

/** The keys stored under a prefix, for a tool that keeps one item per key; none when storage cannot be read. */
export function storedKeys(prefix: string): string[] {
	try {
		const keys: string[] = [];
		for (let i = 0; i < localStorage.length; i++) {
			const key = localStorage.key(i);
			if (key?.startsWith(prefix)) keys.push(key);
		}
		return keys;
	} catch {
		return [];
	}
}

export function removeStored(key: string): void {
	try {
		localStorage.removeItem(key);
	} catch {
		// Storage that cannot be read or written has nothing to remove.
	}
}

/**
 * Saved data a tool could not read. It stays where it is, untouched, until the person downloads or
 * discards it: a draft is never overwritten by an empty form because a newer version misread it.
 */
export interface DamagedSave {
	/** Why it could not be read, in a sentence. */
	error: string;
	/** Exactly what was stored, for the download. */
	raw: string;
}
