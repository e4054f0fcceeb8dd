import type { Nodes } from 'mdast';
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Draft } from '../domain/postmortem/draft.ts';

export type Engine = typeof import('../domain/postmortem/engine.ts');

/** Renders the preview tree; headings start at h3 so they nest under the tool's own h2. */
function render(node: Nodes, key?: number, section = ''): JSX.Element | string | null {
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
			const [head, ...rows] = node.children;
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
				</div>
			);
		}
		default:
			return null;
	}
}

interface Props {
	draft: Draft;
	engine: Engine | null;
	levels: readonly { id: string; label: string }[];
	levelIds: readonly [string, ...string[]];
	runbookIds: readonly string[];
	repository?: string;
	branch: string;
	announce: (text: string) => void;
}

/** Live preview plus the three ways out: the archive file, Markdown for other tools, a prefilled pull request. */
export default function PostmortemOutput({
	draft,
	engine,
	levels,
	levelIds,
	runbookIds,
	repository,
	branch,
	announce,
}: Props) {
	const result = engine?.toPostmortem(draft, { levelIds, runbookIds });
	// Say it when the draft becomes exportable or stops being so, not on every keystroke.
	const wasReady = useRef<boolean | undefined>(undefined);
	useEffect(() => {
		if (!result) return;
		if (wasReady.current !== undefined && wasReady.current !== result.ok) {
			announce(
				result.ok
					? 'Everything required is filled in; the post-mortem can be exported.'
					: 'Export is off again: something required is missing.',
			);
		}
		wasReady.current = result.ok;
	}, [result?.ok]);
	if (!engine || !result) return <p>Preparing the preview and export…</p>;
	const levelLabel = levels.find((l) => l.id === draft.severity)?.label;
	const file = result.ok ? engine.buildPostmortemFile(result.frontmatter, result.notes) : undefined;
	const prUrl = file && repository ? engine.pullRequestUrl(repository, file, branch) : undefined;

	const blocked = () => {
		announce(
			`Not ready to export: ${result.ok ? 0 : result.problems.length} thing(s) still missing, listed under Export.`,
		);
		document.getElementById('pm-missing')?.focus();
	};
	const download = () => {
		if (!file) return blocked();
		const url = URL.createObjectURL(new Blob([file.content], { type: 'text/markdown;charset=utf-8' }));
		const a = document.createElement('a');
		a.href = url;
		a.download = file.fileName;
		document.body.append(a);
		a.click();
		a.remove();
		setTimeout(() => URL.revokeObjectURL(url), 1000);
		announce(`Downloaded ${file.fileName}. Save it in content/postmortems/.`);
	};
	const copy = async () => {
		if (!result.ok) return blocked();
		try {
			await navigator.clipboard.writeText(engine.toGfm(result.frontmatter, result.notes, levelLabel));
			announce('Copied the post-mortem as Markdown.');
		} catch {
			announce(
				'The browser did not allow copying. Download the file instead, or allow clipboard access and try again.',
			);
		}
	};

	return (
		<>
			<h2 id="pm-export">Export</h2>
			{result.ok ? (
				<p class="pm-ready">
					Ready: the file will be named <code>{file!.fileName}</code> and passes the archive's checks.
				</p>
			) : (
				<div class="tool-warning" id="pm-missing" tabIndex={-1}>
					<p>
						Export is off until these {result.problems.length} thing{result.problems.length === 1 ? ' is' : 's are'}{' '}
						filled in:
					</p>
					<ul>
						{result.problems.map((p) => (
							<li key={p}>{p}</li>
						))}
					</ul>
				</div>
			)}
			<div class="pm-actions">
				<button
					type="button"
					class="tool-button"
					aria-disabled={!result.ok}
					aria-describedby={result.ok ? undefined : 'pm-missing'}
					onClick={download}
				>
					Download .mdx file
				</button>
				<button
					type="button"
					class="tool-button"
					aria-disabled={!result.ok}
					aria-describedby={result.ok ? undefined : 'pm-missing'}
					onClick={copy}
				>
					Copy as Markdown (GitHub, GitLab, Confluence)
				</button>
				{repository &&
					(prUrl ? (
						<a class="tool-button" href={prUrl} target="_blank" rel="noopener">
							Open a pull request with this file<span class="sr-only"> (opens in a new tab)</span>
						</a>
					) : (
						<button
							type="button"
							class="tool-button"
							aria-disabled="true"
							aria-describedby="pm-missing"
							onClick={blocked}
						>
							Open a pull request with this file
						</button>
					))}
			</div>
			{prUrl && prUrl.length > 8000 && (
				<p class="tool-warning">
					This post-mortem is long, and GitHub may cut off a file passed in the address. If the pull request looks
					truncated, download the file and add it to the repository instead.
				</p>
			)}
			<h2 id="pm-preview">Preview</h2>
			<div class="pm-preview">
				{render(engine.postmortemDocument(engine.previewInput(draft), draft.notes, levelLabel))}
			</div>
		</>
	);
}
