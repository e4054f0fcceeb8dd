import { describe, expect, test } from 'vitest';
import { cardSteps, rulesForLevel } from '../../../src/domain/model/card-steps.ts';
import { loadModel } from '../../../src/data/load-model.ts';
import type { IncidentModel, Level } from '../../../src/schemas/model.ts';
import { formatDuration } from '../../../src/domain/time/durations.ts';

const model = loadModel();

function withLevel(base: Level, change: (level: Level) => Partial<Level>): Level {
	return { ...base, ...change(base) };
}

const mostSevere = model.levels[0]!;
const leastSevere = model.levels.at(-1)!;
const allText = (level: Level, m: IncidentModel = model) =>
	cardSteps(level, m)
		.map((step) => [step.text, ...(step.options ?? [])].join(' '))
		.join('\n');

describe('cardSteps', () => {
	test('opens with the level acknowledgement time', () => {
		const [first] = cardSteps(mostSevere, model);
		expect(first!.text).toContain(formatDuration(mostSevere.acknowledgeWithin));
	});

	test('tells the commander to open a war room only when the level requires one', () => {
		const bridged = withLevel(mostSevere, (l) => ({ requires: { ...l.requires, warRoom: true } }));
		const quiet = withLevel(mostSevere, (l) => ({ requires: { ...l.requires, warRoom: false } }));
		expect(allText(bridged)).toMatch(/video bridge/);
		expect(allText(quiet)).not.toMatch(/video bridge/);
	});

	test('names every other role the level staffs when an incident commander is among them', () => {
		const text = allText(mostSevere);
		for (const id of mostSevere.roles.filter((r) => r !== 'incident-commander')) {
			expect(text).toContain(model.roles.find((r) => r.id === id)!.name);
		}
	});

	test('asks for a single responder and no status page at a level without a commander', () => {
		const solo = withLevel(leastSevere, (l) => ({
			roles: ['technical-lead'],
			requires: { ...l.requires, statusPage: false, warRoom: false },
		}));
		const text = allText(solo);
		expect(text).toMatch(/One responder/);
		expect(text).not.toMatch(/status page/);
		expect(text).not.toMatch(/incident channel, post the declaration/);
	});

	test('states the update cadence from the level, status page included only when required', () => {
		const level = withLevel(mostSevere, (l) => ({
			updates: { internal: { text: '20m', minutes: 20 }, external: { text: '45m', minutes: 45 } },
			requires: { ...l.requires, statusPage: true },
		}));
		expect(allText(level)).toMatch(/every 20 minutes and on the status page every 45 minutes/);
		const hidden = withLevel(level, (l) => ({ requires: { ...l.requires, statusPage: false } }));
		expect(allText(hidden)).not.toMatch(/every 45 minutes/);
	});

	test('lists the mitigation options from the lifecycle under the mitigation step', () => {
		const mitigation = model.lifecycle.phases.find((p) => p.id === 'mitigation')!;
		const step = cardSteps(mostSevere, model).find((s) => s.options);
		expect(step!.options).toEqual(mitigation.steps);
	});

	test('ends with the post-mortem the level requires', () => {
		const endOf = (postmortem: Level['requires']['postmortem']) =>
			cardSteps(
				withLevel(mostSevere, (l) => ({ requires: { ...l.requires, postmortem } })),
				model,
			).at(-1)!.text;
		expect(endOf('full')).toMatch(/blameless review/);
		expect(endOf('lightweight')).toMatch(/short review/);
		expect(endOf('none')).toMatch(/close the ticket/);
	});
});

describe('rulesForLevel', () => {
	test('keeps rules for every level and the ones naming this level, drops rules for other levels', () => {
		const policy = {
			loops: 0,
			rules: [
				{ trigger: 'a', action: 'page', after: 'immediately' as const, levels: [] },
				{ trigger: 'b', action: 'tell', after: 'immediately' as const, levels: [mostSevere.id] },
				{ trigger: 'c', action: 'tell', after: 'immediately' as const, levels: [leastSevere.id] },
			],
		};
		expect(rulesForLevel(policy, mostSevere).map((r) => r.trigger)).toEqual(['a', 'b']);
		expect(rulesForLevel(policy, leastSevere).map((r) => r.trigger)).toEqual(['a', 'c']);
	});
});
