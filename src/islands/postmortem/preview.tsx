import type { Nodes } from 'mdast';
import type { JSX } from 'preact';

/**
 * Rows a preview table shows. The export holds every row; the preview of a timeline thousands of entries
 * long would take seconds to draw and say nothing more.
 */
export const PREVIEW_ROWS = 100;

/** Renders the preview tree; headings start at h3 so they nest under the tool's own h2. */
export function render(node: Nodes, key?: number, section = ''): JSX.Element | string | null {
	const kids = () => ('children' in node ? (node.children as Nodes[]).map((c, i) => render(c, i)) : null);
	switch (node.type) {
		case 'root': {
			// Each table is a scrollable region named after its section, so the regions stay distinguishable.
			let heading = '';
			return (
				<>
					{node.children.map((c, i) => {
						if (c.type === 'heading') heading = c.children.map((t) => ('value' in t ? t.value : '')).join('');
						return render(c, i, heading);
					})}
				</>
			);
		}
		case 'heading': {
			const Tag = `h${Math.min(node.depth + 2, 6)}` as 'h3';
			return <Tag key={key}>{kids()}</Tag>;
		}
		case 'paragraph':
			return <p key={key}>{kids()}</p>;
		case 'text':
			return node.value;
		case 'strong':
			return <strong key={key}>{kids()}</strong>;
		case 'break':
			return <br key={key} />;
		case 'list':
			return node.ordered ? <ol key={key}>{kids()}</ol> : <ul key={key}>{kids()}</ul>;
		case 'listItem':
			return (
				<li key={key}>
					{(node.children as Nodes[]).flatMap((c) =>
						c.type === 'paragraph' ? (c.children as Nodes[]).map((g, i) => render(g, i)) : [render(c)],
					)}
				</li>
			);
		case 'table': {
			const [head, ...allRows] = node.children;
			const rows = allRows.slice(0, PREVIEW_ROWS);
			const hidden = allRows.length - rows.length;
			return (
				<div key={key} class="pm-table" role="region" aria-label={`Preview: ${section} table`} tabIndex={0}>
					<table>
						<thead>
							<tr>
								{head?.children.map((c, i) => (
									<th key={i}>{(c.children as Nodes[]).map((g, j) => render(g, j))}</th>
								))}
							</tr>
						</thead>
						<tbody>
							{rows.map((r, i) => (
								<tr key={i}>
									{r.children.map((c, j) => (
										<td key={j}>{(c.children as Nodes[]).map((g, k) => render(g, k))}</td>
									))}
								</tr>
							))}
						</tbody>
					</table>
					{hidden > 0 && <p>…and {hidden.toLocaleString('en-GB')} more rows, all of them in the exported file.</p>}
				</div>
			);
		}
		default:
			return null;
	}
}
