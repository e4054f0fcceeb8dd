import type { Level } from '../../schemas/model.ts';

export function describeCoverage(coverage: Level['coverage']): string {
	return coverage === '24/7' ? 'any hour, 24/7' : 'business hours';
}
