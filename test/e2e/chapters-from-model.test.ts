import { describe, expect, test } from 'vitest';
import { loadModel } from '../../src/data/load-model.ts';
import { questionsInOrder } from '../../src/domain/model/decision-tree.ts';
import { pagingChain } from '../../src/domain/model/escalation-config.ts';
import { useBrowser } from './support/session.ts';
import { formatDuration } from '../../src/domain/time/durations.ts';

const session = useBrowser();
const model = loadModel();

/** Visible text of each row of a table, cell texts joined by " | ". */
async function rows(page: Awaited<ReturnType<typeof session.open>>, testId: string): Promise<string[]> {
	return page
		.getByTestId(testId)
		.locator('tbody tr')
		.evaluateAll((trs) =>
			trs.map((tr) =>
				[...tr.children].map((cell) => (cell as HTMLElement).innerText.replace(/\s+/g, ' ').trim()).join(' | '),
			),
		);
}

describe('the severity chapter', () => {
	test('shows a matrix row for every level of the model, in order', async () => {
		const page = await session.open('/severity/');
		const ids = await page
			.getByTestId('severity-matrix')
			.locator('tbody tr')
			.evaluateAll((trs) => trs.map((tr) => tr.id));
		expect(ids).toEqual(model.levels.map((level) => level.id.toLowerCase()));
	});

	test('shows each level’s response times and targets in its matrix row', async () => {
		const page = await session.open('/severity/');
		const table = await rows(page, 'severity-matrix');
		model.levels.forEach((level, index) => {
			expect(table[index]).toContain(`respond within ${formatDuration(level.respondWithin)}`);
			if (level.targets.mitigate) {
				expect(table[index]).toContain(`Stop the impact within ${formatDuration(level.targets.mitigate)}`);
			}
		});
	});

	test('walks the decision tree from its first question, and each answer leads somewhere on the page', async () => {
		const page = await session.open('/severity/');
		const questions = page.getByTestId('decision-tree').locator(':scope > li');
		const texts = await questions.locator('.decision-tree__question').allInnerTexts();
		expect(texts).toEqual(questionsInOrder(model.tree).map((q) => q.text));

		const first = questions.first();
		await first.getByRole('link', { name: /question 2/ }).click();
		await expect(page.evaluate(() => location.hash)).resolves.toBe(`#q-${questionsInOrder(model.tree)[1]!.id}`);
	});

	test('names the most severe level where it warns about inflation', async () => {
		const page = await session.open('/severity/');
		const trap = page.locator('[data-level-group="most-severe"]').first();
		await expect(trap.innerText()).resolves.toBe(model.levels[0]!.id);
	});
});

describe('the roles chapter', () => {
	test('has a section for every role, reachable at /roles/#<role id>', async () => {
		const page = await session.open('/roles/');
		for (const role of model.roles) {
			const heading = page.locator(`h3#${role.id}`);
			await expect(heading.innerText()).resolves.toContain(role.name);
		}
	});

	test('opens at the incident commander when linked from the home page', async () => {
		const page = await session.open('/');
		await page.locator('a[href="/roles/#incident-commander"]').first().click();
		await page.waitForURL('**/roles/#incident-commander');
		const ic = model.roles.find((role) => role.id === 'incident-commander')!;
		await expect(page.locator('#incident-commander').isVisible()).resolves.toBe(true);
		await expect(page.locator('section[data-role="incident-commander"]').innerText()).resolves.toContain(ic.mission);
	});

	test('marks exactly the roles each level staffs', async () => {
		const page = await session.open('/roles/');
		const table = await rows(page, 'staffing-table');
		model.roles.forEach((role, index) => {
			const expected = model.levels.map((level) => (level.roles.includes(role.id) ? 'Yes' : 'No'));
			expect(table[index]!.split(' | ').slice(1, 1 + model.levels.length)).toEqual(expected);
		});
	});
});

describe('the response chapter', () => {
	test('lists every phase with its timebox, in order', async () => {
		const page = await session.open('/response/');
		const table = await rows(page, 'lifecycle-table');
		expect(table).toHaveLength(model.lifecycle.phases.length);
		model.lifecycle.phases.forEach((phase, index) => {
			expect(table[index]).toContain(phase.name);
			expect(table[index]).toContain(phase.timebox);
		});
	});

	test('gives the declaration phase its own anchor with its steps', async () => {
		const page = await session.open('/response/#declaration');
		const declaration = model.lifecycle.phases.find((phase) => phase.id === 'declaration')!;
		const section = page.locator('section[data-phase="declaration"]');
		await expect(section.locator('h3#declaration').isVisible()).resolves.toBe(true);
		await expect(section.locator('ol li').allInnerTexts()).resolves.toEqual(declaration.steps);
	});
});

describe('the communication chapter', () => {
	test('shows each level’s update cadence from the model', async () => {
		const page = await session.open('/communication/');
		const table = await rows(page, 'cadence-table');
		model.levels.forEach((level, index) => {
			expect(table[index]).toContain(level.id);
			if (level.updates.internal) expect(table[index]).toContain(`Every ${formatDuration(level.updates.internal)}`);
		});
	});

	test('lists the status page stages in order', async () => {
		const page = await session.open('/communication/');
		const stages = await page.getByTestId('status-stages').locator('li strong').allInnerTexts();
		expect(stages).toEqual(model.lifecycle.statusPageStages.map((stage) => stage.name));
	});
});

describe('the on-call chapter', () => {
	test('shows how fast every level must be acknowledged', async () => {
		const page = await session.open('/on-call/');
		const table = await rows(page, 'paging-table');
		model.levels.forEach((level, index) => {
			expect(table[index]).toContain(level.id);
			expect(table[index]).toContain(formatDuration(level.acknowledgeWithin));
		});
	});
});

describe('the escalation chapter', () => {
	test('lists every rule of the escalation policy', async () => {
		const page = await session.open('/escalation/');
		const table = await rows(page, 'escalation-table');
		expect(table).toHaveLength(model.escalation.rules.length);
		model.escalation.rules.forEach((rule, index) => {
			expect(table[index]).toContain(rule.trigger);
			expect(table[index]).toContain(rule.action);
		});
	});

	test('shows PagerDuty Terraform whose delays are the policy’s waits', async () => {
		const page = await session.open('/escalation/');
		const code = await page.getByTestId('terraform-pagerduty').locator('pre').innerText();
		const delays = [...code.matchAll(/escalation_delay_in_minutes\s*=\s*(\d+)/g)].map((m) => Number(m[1]));
		const waits = pagingChain(model.escalation)
			.slice(1)
			.map((step) => step.waitMinutes);
		expect(delays.slice(0, waits.length)).toEqual(waits);
		expect(code).toContain(`num_loops = ${model.escalation.loops}`);
	});

	test('switches to the Jira Service Management version, with delays counted from the alert', async () => {
		const page = await session.open('/escalation/');
		await page.getByRole('tab', { name: 'Jira Service Management' }).click();
		const block = page.getByTestId('terraform-jira-service-management');
		await expect(block.isVisible()).resolves.toBe(true);
		const code = await block.locator('pre').innerText();
		const delays = [...code.matchAll(/\bdelay\s*=\s*(\d+)/g)].map((m) => Number(m[1]));
		expect(delays).toEqual(pagingChain(model.escalation).map((step) => step.startsAtMinutes));
		const repeats = [...code.matchAll(/\bcount\s*=\s*(\d+)/g)].map((m) => Number(m[1]));
		expect(repeats).toEqual([model.escalation.loops]);
	});

	test('keeps the Opsgenie version last, for teams still migrating, with delays counted from the alert', async () => {
		const page = await session.open('/escalation/');
		const tabs = await page.getByRole('tab').allInnerTexts();
		expect(tabs.at(-1)).toMatch(/^Opsgenie \(migrating/);
		await page.getByRole('tab', { name: /^Opsgenie/ }).click();
		const block = page.getByTestId('terraform-opsgenie');
		await expect(block.isVisible()).resolves.toBe(true);
		const code = await block.locator('pre').innerText();
		const delays = [...code.matchAll(/\bdelay\s*=\s*(\d+)/g)].map((m) => Number(m[1]));
		expect(delays).toEqual(pagingChain(model.escalation).map((step) => step.startsAtMinutes));
	});
});

describe('the post-mortem deadline', () => {
	const postmortem = model.lifecycle.phases.find((phase) => phase.id === 'post-mortem')!;
	const inSentence = postmortem.timebox.charAt(0).toLowerCase() + postmortem.timebox.slice(1);

	test.each(['/post-mortems/', '/readiness/', '/roadmap/'])('on %s is the lifecycle phase’s timebox', async (path) => {
		const page = await session.open(path);
		const shown = await page.locator('[data-phase-timebox="post-mortem"]').allInnerTexts();
		expect(shown.length).toBeGreaterThan(0);
		for (const text of shown) expect(text).toBe(inSentence);
	});

	test('is the one the post-mortem tool asks for', async () => {
		const page = await session.open('/tools/post-mortem/');
		await expect.poll(() => page.locator('#pm-start').innerText()).toContain(`Write it ${inSentence}`);
	});
});
