import { createInterface } from 'node:readline/promises';

/**
 * Asks questions one line at a time. Lines are read through the line iterator rather than rl.question(),
 * so answers a pipe delivers all at once are not lost.
 */
export function questioner() {
	const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: Boolean(process.stdin.isTTY) });
	const lines = rl[Symbol.asyncIterator]();
	return {
		/** The answer, the default for an empty line, or undefined when input has ended. */
		async ask(question: string, fallback: string): Promise<string | undefined> {
			process.stdout.write(fallback ? `${question} [${fallback}]: ` : `${question}: `);
			const line = await lines.next();
			if (line.done) return undefined;
			return String(line.value).trim() || fallback;
		},
		close: () => rl.close(),
	};
}
