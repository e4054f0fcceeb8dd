import type { Browser, Page } from 'playwright-core';

/** What a responder feels with a huge incident in the post-mortem tool, in milliseconds. */
export interface HugeIncidentCost {
	entries: number;
	/** From pressing "Add pasted lines" to the entries on screen. */
	pasteMs: number;
	/** The slowest of the measured keystrokes, from the key press to the next frame painted. */
	worstKeystrokeMs: number;
	medianKeystrokeMs: number;
	/** From starting a reload to the saved draft, timeline and all, back on screen. */
	restoreMs: number;
}

const KEYSTROKES = 20;
/** A typist's pause between keys; saving and re-checking a huge draft wait for a longer pause than this. */
const BETWEEN_KEYS_MS = 150;

function timeline(entries: number): string {
	return Array.from({ length: entries }, (_, i) => {
		const minute = i % (24 * 60);
		const clock = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
		return `${clock} - Event ${i + 1}: queue depth checked on worker ${i % 37}, no change`;
	}).join('\n');
}

async function throttle(page: Page, rate: number) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/**
 * Pastes a timeline of `entries` lines into the post-mortem tool, types into the title and reloads,
 * with the CPU slowed `cpuSlowdown` times as Lighthouse does for a mid-range phone.
 */
export async function hugeIncident(
	browser: Browser,
	baseUrl: string,
	entries: number,
	cpuSlowdown: number,
): Promise<HugeIncidentCost> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(new URL('tools/post-mortem/', baseUrl).href);
		await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
		const title = page.getByLabel('Title', { exact: true });
		await title.focus();
		await page
			.getByText(/Export is off until/)
			.first()
			.waitFor({ timeout: 60_000 });
		await page.getByLabel('Impact started (UTC)', { exact: true }).fill('2025-03-15T00:00');
		// A paste arrives as one input event; the slowdown starts after it, as it is the clipboard's work.
		await page.evaluate((text) => {
			const box = document.getElementById('pm-tl-paste') as HTMLTextAreaElement;
			box.value = text;
			box.dispatchEvent(new Event('input', { bubbles: true }));
		}, timeline(entries));
		await throttle(page, cpuSlowdown);
		const count = entries.toLocaleString('en-GB');

		const pasteMs = await page.evaluate(async (count) => {
			const button = [...document.querySelectorAll('button')].find(
				(b) => b.textContent === 'Add pasted lines to the timeline',
			)!;
			const shown = () => document.getElementById('pm-tl-entries')?.textContent === `Entries (${count})`;
			const started = performance.now();
			button.click();
			await new Promise<void>((resolve) => {
				const check = () => (shown() ? resolve() : requestAnimationFrame(check));
				check();
			});
			// The entries are in the page; the time ends when the frame showing them has been painted.
			await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
			return performance.now() - started;
		}, count);

		await title.click();
		// Event Timing reports each key press from the moment it happened to the frame painted after it.
		await page.evaluate(() => {
			(window as unknown as { keyLatencies: number[] }).keyLatencies = [];
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries())
					if (entry.name === 'keydown')
						(window as unknown as { keyLatencies: number[] }).keyLatencies.push(entry.duration);
			}).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
		});
		for (let i = 0; i < KEYSTROKES; i++) {
			await page.keyboard.press(String.fromCharCode(97 + (i % 26)));
			await page.waitForTimeout(BETWEEN_KEYS_MS);
		}
		await page.waitForTimeout(1000);
		const measured = await page.evaluate(() => (window as unknown as { keyLatencies: number[] }).keyLatencies);
		// Key presses faster than 16 ms are not reported at all; they count as 16 ms here.
		const latencies = [...measured, ...Array(Math.max(0, KEYSTROKES - measured.length)).fill(16)].sort((a, b) => a - b);
		const typed = await title.inputValue();

		await page.getByText('All changes are saved in this browser.').waitFor();
		await page.evaluate(() =>
			sessionStorage.setItem('reloadStarted', String(performance.timeOrigin + performance.now())),
		);
		await page.reload({ waitUntil: 'commit' });
		const restored = await page.waitForFunction(
			([typed, count]) => {
				const input = document.getElementById('pm-title') as HTMLInputElement | null;
				const heading = document.getElementById('pm-tl-entries');
				if (input?.value !== typed || heading?.textContent !== `Entries (${count})`) return false;
				return performance.timeOrigin + performance.now() - Number(sessionStorage.getItem('reloadStarted'));
			},
			[typed, count] as const,
			{ polling: 'raf', timeout: 60_000 },
		);
		return {
			entries,
			pasteMs,
			worstKeystrokeMs: latencies.at(-1)!,
			medianKeystrokeMs: latencies[Math.floor(latencies.length / 2)]!,
			restoreMs: (await restored.jsonValue()) as number,
		};
	} finally {
		await context.close();
	}
}
