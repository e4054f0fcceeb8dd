import { describe, expect, test } from 'vitest';
import type { CommsTemplate } from '../../../src/schemas/comms-template.ts';
import { formatMessage, piecesText } from '../../../src/domain/comms/format.ts';
import { isRequired, renderMessage, toCommsModel, type Facts } from '../../../src/domain/comms/render.ts';
import { parseUtcInput, toUtcInput } from '../../../src/domain/time/clock.ts';
import { loadModel } from '../../../src/data/load-model.ts';

const model = toCommsModel(loadModel());

function template(body: string, extra: Partial<CommsTemplate> = {}): CommsTemplate {
	return { id: 'test', name: 'Test message', order: 1, audience: 'public', channel: 'chat', body, ...extra };
}

function plain(t: CommsTemplate, facts: Facts): string {
	return piecesText(formatMessage(renderMessage(t, facts, model), 'plain').body);
}

const posted = '2026-11-24T23:40';
const clock = (minutesLater: number) => toUtcInput(parseUtcInput(posted)! + minutesLater * 60_000).slice(11);

describe('{{nextUpdate}}', () => {
	const withExternal = model.levels.filter((l) => l.updates.external !== null);
	const withInternal = model.levels.filter((l) => l.updates.internal !== null);

	test.each(withExternal.map((l) => [l.id, l] as const))(
		'public messages at %s follow the external cadence',
		(_, level) => {
			const text = plain(template('{{nextUpdate}}'), { severity: level.id, updateTime: posted });
			expect(text).toContain(`Next update due at ${clock(level.updates.external!)} UTC`);
		},
	);

	test.each(withInternal.map((l) => [l.id, l] as const))(
		'internal messages at %s follow the internal cadence',
		(_, level) => {
			const text = plain(template('{{nextUpdate}}', { audience: 'internal' }), {
				severity: level.id,
				updateTime: posted,
			});
			expect(text).toContain(`Next update due at ${clock(level.updates.internal!)} UTC`);
		},
	);

	test('adds the date when the due time falls after midnight UTC', () => {
		const level = withInternal[0]!;
		const text = plain(template('{{nextUpdate}}', { audience: 'internal' }), {
			severity: level.id,
			updateTime: '2026-11-24T23:59',
		});
		expect(text).toMatch(/due at \d\d:\d\d UTC on 2026-11-25\./);
	});

	test('promises no time when the level has no cadence for that audience', () => {
		const level = model.levels.find((l) => l.updates.external === null)!;
		const text = plain(template('{{nextUpdate}}'), { severity: level.id, updateTime: posted });
		expect(text).toContain(`No further update is scheduled at ${level.id}`);
		expect(text).not.toContain('due at');
	});

	test('marks the update time missing instead of guessing one', () => {
		const text = plain(template('{{nextUpdate}}'), { severity: model.levels[0]!.id });
		expect(text).toContain('[missing: time of this update]');
	});

	test('marks the severity missing when none is chosen', () => {
		expect(plain(template('{{nextUpdate}} {{severity}}'), {})).toBe('[missing: severity] [missing: severity]');
	});
});

describe('required messages', () => {
	test.each(model.levels.map((l) => [l.id, l] as const))('at %s follow the level requires flags', (_, level) => {
		for (const flag of ['statusPage', 'customerEmail', 'executiveNotice'] as const) {
			expect(isRequired(template('x', { requiredWhen: flag }), level.id, model)).toBe(level.requires[flag]);
		}
		expect(isRequired(template('x'), level.id, model)).toBe(false);
	});

	test('nothing is required before a severity is chosen', () => {
		expect(isRequired(template('x', { requiredWhen: 'statusPage' }), '', model)).toBe(false);
	});
});

describe('facts', () => {
	test('fill every template line and keep template text', () => {
		const facts = { service: 'Checkout', feature: 'card payments', startTime: '2026-11-24T09:05' };
		expect(plain(template('{{service}}: {{feature}} since {{startTime}}'), facts)).toBe(
			'Checkout: card payments since 2026-11-24 09:05 UTC',
		);
	});

	test('{{roles}} lists the roles the level staffs, marking unfilled ones', () => {
		const level = model.levels.find((l) => l.roles.length > 1)!;
		const [first, second] = level.roles.map((id) => model.roles.find((r) => r.id === id)!);
		const text = plain(template('{{roles}}'), { severity: level.id, [`role.${first!.id}`]: 'Ana' });
		expect(text).toContain(`${first!.shortName}: Ana; ${second!.shortName}: [missing: `);
	});

	test('{{duration}} spells out start to end, and flags an end before the start', () => {
		const t = template('{{duration}}');
		expect(plain(t, { startTime: '2026-11-24T23:10', endTime: '2026-11-25T01:25' })).toBe('2 hours 15 minutes');
		expect(plain(t, { startTime: '2026-11-24T23:10' })).toBe('[missing: end time]');
		expect(plain(t, { startTime: '2026-11-24T23:10', endTime: '2026-11-24T22:00' })).toBe(
			'[missing: an end time after the start time]',
		);
	});

	test('{{stage}} names the model stage of the template', () => {
		const stage = model.stages[1]!;
		expect(plain(template('{{stage}}', { stage: stage.id }), {})).toBe(stage.name);
	});

	test('lists each missing fact once, in order of appearance', () => {
		const rendered = renderMessage(
			template('{{impact}} {{service}} {{impact}}', { subject: '{{channel}}' }),
			{},
			model,
		);
		expect(rendered.missing).toEqual(['incident channel', 'impact', 'service']);
	});
});
