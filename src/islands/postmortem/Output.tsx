import { useEffect, useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { OwnerPolicy } from '../../domain/postmortem/owners.ts';
import type { Announce } from '../kit/announce.tsx';
import { downloadFile } from '../kit/download.ts';
import { peekDraft } from './draft-store.ts';
import type { DraftState, Engine } from './use-draft.ts';

export interface OutputProps {
	state: DraftState;
	engine: Engine;
	levels: readonly { id: string; label: string }[];
	levelIds: readonly [string, ...string[]];
	runbookIds: readonly string[];
	ownerPolicy: OwnerPolicy;
	repository?: string | undefined;
	branch: string;
	announce: Announce;
}

/**
 * Live preview plus the three ways out: the archive file, Markdown for other tools, a prefilled pull
 * request. The preview and the checks follow the draft as of the last pause in typing; every way out
 * works from the draft as it is at that moment, so the last keystroke is never left behind.
 */
export default function Output({
	state,
	engine,
	levels,
	levelIds,
	runbookIds,
	ownerPolicy,
	repository,
	branch,
	announce,
}: OutputProps) {
	const draft = state.settled.value;
	const options = { levelIds, runbookIds, ownerPolicy };
	const result = engine.toPostmortem(draft, options);
	// Say it when the draft becomes exportable or stops being so, not on every keystroke.
	const wasReady = useRef<boolean | undefined>(undefined);
	useEffect(() => {
		if (wasReady.current !== undefined && wasReady.current !== result.ok) {
			announce(
				result.ok
					? 'Everything required is filled in; the post-mortem can be exported.'
					: 'Export is off again: something required is missing.',
			);
		}
		wasReady.current = result.ok;
	}, [result.ok]);
	const levelLabel = levels.find((l) => l.id === draft.severity)?.label;
	const file = result.ok ? engine.buildPostmortemFile(result.frontmatter, result.notes) : undefined;
	const prUrl = file && repository ? engine.pullRequestUrl(repository, file, branch) : undefined;

	const blocked = () => {
		announce(
			`Not ready to export: ${result.ok ? 0 : result.problems.length} thing(s) still missing, listed under Export.`,
		);
		document.getElementById('pm-missing')?.focus();
	};
	/** The draft as it is now, checked; the preview may be a keystroke behind. */
	const current = () => engine.toPostmortem(peekDraft(state.store), options);
	const download = () => {
		const now = current();
		if (!now.ok) return blocked();
		const fresh = engine.buildPostmortemFile(now.frontmatter, now.notes);
		downloadFile(fresh.fileName, fresh.content, 'text/markdown;charset=utf-8');
		announce(`Downloaded ${fresh.fileName}. Save it in content/postmortems/.`);
	};
	const copy = async () => {
		const now = current();
		if (!now.ok) return blocked();
		try {
			await navigator.clipboard.writeText(engine.toGfm(now.frontmatter, now.notes, levelLabel));
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
				<ExportButton ready={result.ok} onClick={download}>
					Download .mdx file
				</ExportButton>
				<ExportButton ready={result.ok} onClick={copy}>
					Copy as Markdown (GitHub, GitLab, Confluence)
				</ExportButton>
				{repository &&
					(prUrl ? (
						<a
							class="tool-button"
							href={prUrl}
							target="_blank"
							rel="noopener"
							onClick={(e) => {
								const now = current();
								if (now.ok)
									e.currentTarget.href = engine.pullRequestUrl(
										repository,
										engine.buildPostmortemFile(now.frontmatter, now.notes),
										branch,
									);
							}}
						>
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
				{engine.renderPreview(engine.postmortemDocument(engine.previewInput(draft), draft.notes, levelLabel))}
			</div>
		</>
	);
}

/** An export that stays focusable while the draft is incomplete, so a press can say what is missing. */
function ExportButton({
	ready,
	onClick,
	children,
}: {
	ready: boolean;
	onClick: () => void;
	children: ComponentChildren;
}) {
	return (
		<button
			type="button"
			class="tool-button"
			aria-disabled={!ready}
			aria-describedby={ready ? undefined : 'pm-missing'}
			onClick={onClick}
		>
			{children}
		</button>
	);
}
