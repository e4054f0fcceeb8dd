import { defineHastPlugin } from 'satteri';

/**
 * Starlight makes every Markdown table a horizontally scrolling block. A scrolling region that
 * keyboard users cannot focus fails WCAG (axe: scrollable-region-focusable), so each table is wrapped
 * in a focusable region named after its first column heading. Generated tables use TableRegion.astro.
 */
export const tableRegion = defineHastPlugin({
	name: 'table-region',
	element: {
		filter: ['table'],
		visit(node, ctx) {
			const firstHeading = findFirst(node, 'th');
			const label = firstHeading ? `Table: ${ctx.textContent(firstHeading).trim()}` : 'Table';
			ctx.wrapNode(node, {
				type: 'element',
				tagName: 'div',
				properties: { className: ['table-region'], role: 'region', tabIndex: 0, ariaLabel: label },
				children: [],
			});
		},
	},
});

type Node = { type: string; tagName?: string; children?: Node[] };

function findFirst<N extends Node>(node: N, tagName: string): N | undefined {
	for (const child of (node.children ?? []) as N[]) {
		if (child.tagName === tagName) return child;
		const found = findFirst(child, tagName);
		if (found) return found;
	}
	return undefined;
}
