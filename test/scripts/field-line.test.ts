import { describe, expect, test } from 'vitest';
import { findFieldLine, formatFieldPath, parseFieldPath } from '../../scripts/lib/field-line.ts';

const postmortem = `---
title: Malformed route rule took down the API gateway
severity: SEV9
actionItems:
  - id: AI-1
    action: Canary the gateway config.
    owner: Edge team
  - id: AI-2
    action: Replay request paths.
    owner: Edge team
  - id: AI-3
    action: Remove the circular dependency.
    owner: ''
runbooks: [deploy-rollback, disk-full]
---

Notes that mention owner: nobody.
`;

const levels = `# yaml-language-server: $schema=../../../../public/schemas/levels.schema.json
levels:
  - id: SEV1
    roles: [incident-commander, scribe]
    notification: page
  - id: SEV2
    notification: carrier-pigeon
`;

describe('parseFieldPath and formatFieldPath', () => {
	test('read both spellings of a path and write the bracket one', () => {
		expect(parseFieldPath('actionItems.2.owner')).toEqual(['actionItems', 2, 'owner']);
		expect(parseFieldPath('levels[1].roles[2]')).toEqual(['levels', 1, 'roles', 2]);
		expect(formatFieldPath(['actionItems', 2, 'owner'])).toBe('actionItems[2].owner');
	});
});

describe('findFieldLine', () => {
	test('finds a field inside a list in the frontmatter, counting the opening --- line', () => {
		expect(findFieldLine('x.mdx', postmortem, ['actionItems', 2, 'owner'])).toBe(13);
		expect(findFieldLine('x.mdx', postmortem, ['severity'])).toBe(3);
	});

	test('finds an item of a flow list on its line', () => {
		expect(findFieldLine('x.mdx', postmortem, ['runbooks', 1])).toBe(14);
	});

	test('a missing field lands on the nearest part of its path that exists', () => {
		expect(findFieldLine('x.mdx', postmortem, ['actionItems', 1, 'due'])).toBe(8);
		expect(findFieldLine('x.mdx', postmortem, ['description'])).toBeUndefined();
	});

	test('reads a YAML file from its first line, comments included', () => {
		expect(findFieldLine('levels.yaml', levels, ['levels', 1, 'notification'])).toBe(7);
		expect(findFieldLine('levels.yaml', levels, ['levels', 0, 'roles', 1])).toBe(4);
	});

	test('finds a list item by its id, as the model names questions', () => {
		const tree = 'start: outage\nquestions:\n  - id: outage\n    text: Down?\n  - id: data\n    text: Lost?\n';
		expect(findFieldLine('decision-tree.yaml', tree, ['questions', 'data'])).toBe(5);
	});

	test('gives nothing for Markdown without frontmatter', () => {
		expect(findFieldLine('x.md', 'Just notes.\n', ['title'])).toBeUndefined();
	});
});
