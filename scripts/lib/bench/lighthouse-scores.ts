import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { resolveChromium } from '../chromium.ts';

export interface LighthouseScores {
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Lighthouse's default (mobile) audit of each page, scores out of 100, each the median of `runs`
 * audits: Lighthouse's own advice for a score that one busy moment on the machine does not decide.
 * One Chrome serves every page; it only ever talks to the local server.
 */
export async function lighthouseScores(urls: string[], runs: number): Promise<Map<string, LighthouseScores>> {
	const chrome = await chromeLauncher.launch({
		chromePath: await resolveChromium(),
		chromeFlags: [
			'--headless=new',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-dev-shm-usage',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
		],
	});
	const scores = new Map<string, LighthouseScores>();
	try {
		for (const url of urls) {
			const audits: LighthouseScores[] = [];
			for (let run = 0; run < runs; run++) {
				const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
				const categories = result?.lhr.categories;
				if (!categories) throw new Error(`Lighthouse returned no result for ${url}`);
				const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
				audits.push({
					performance: score('performance'),
					accessibility: score('accessibility'),
					bestPractices: score('best-practices'),
					seo: score('seo'),
				});
			}
			scores.set(url, {
				performance: median(audits.map((a) => a.performance)),
				accessibility: median(audits.map((a) => a.accessibility)),
				bestPractices: median(audits.map((a) => a.bestPractices)),
				seo: median(audits.map((a) => a.seo)),
			});
		}
	} finally {
		chrome.kill();
	}
	return scores;
}
