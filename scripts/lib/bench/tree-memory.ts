import { readFileSync, readdirSync } from 'node:fs';

/** Resident memory of a process and all its descendants, in bytes; undefined where /proc is missing. */
export function treeRss(rootPid: number): number | undefined {
	let entries: string[];
	try {
		entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
	} catch {
		return undefined;
	}
	const children = new Map<number, number[]>();
	const rss = new Map<number, number>();
	for (const name of entries) {
		try {
			// Fields after the parenthesised command name: state, ppid, ...; the name itself may hold spaces.
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			const status = readFileSync(`/proc/${name}/status`, 'utf8');
			const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
			const pid = Number(name);
			rss.set(pid, kb * 1024);
			children.set(ppid, [...(children.get(ppid) ?? []), pid]);
		} catch {
			// The process ended while we looked; it no longer uses memory.
		}
	}
	let total = 0;
	const queue = [rootPid];
	while (queue.length) {
		const pid = queue.pop()!;
		total += rss.get(pid) ?? 0;
		queue.push(...(children.get(pid) ?? []));
	}
	return total;
}

/** Samples a process tree's memory until stopped, keeping the peak. */
export function watchPeakMemory(rootPid: number, everyMs = 100): { stop: () => number | undefined } {
	let peak: number | undefined;
	const sample = () => {
		const now = treeRss(rootPid);
		if (now !== undefined) peak = Math.max(peak ?? 0, now);
	};
	sample();
	const timer = setInterval(sample, everyMs);
	return {
		stop: () => {
			clearInterval(timer);
			return peak;
		},
	};
}
