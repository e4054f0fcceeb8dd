import { describe, expect, test } from 'vitest';
import { MARKER_LABELS, MOMENT_MARKERS } from '../../../src/domain/console/vocabulary.ts';
import { TIMESTAMP_LABELS } from '../../../src/domain/postmortem/vocabulary.ts';

describe('MARKER_LABELS', () => {
	test('names each moment exactly as the post-mortem does', () => {
		for (const marker of MOMENT_MARKERS) expect(MARKER_LABELS[marker]).toBe(TIMESTAMP_LABELS[marker]);
	});
});
