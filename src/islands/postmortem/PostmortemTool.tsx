import { useEffect, useRef } from 'preact/hooks';
import { LiveRegion, useAnnouncer } from '../kit/announce.tsx';
import { DamagedSaveNotice } from '../kit/DamagedSaveNotice.tsx';
import { whenNear } from '../../directives/when-near.ts';
import { ActionsSection } from './sections/ActionsSection.tsx';
import { CauseSection } from './sections/CauseSection.tsx';
import { ImpactSection } from './sections/ImpactSection.tsx';
import { LessonsSection } from './sections/LessonsSection.tsx';
import { MoreSection } from './sections/MoreSection.tsx';
import { StartSection } from './sections/StartSection.tsx';
import { SummarySection, type Option } from './sections/SummarySection.tsx';
import { TimelineSection } from './sections/TimelineSection.tsx';
import { WhysSection } from './sections/WhysSection.tsx';
import { useDraft } from './use-draft.ts';
import type { OwnerPolicy } from '../../domain/postmortem/owners.ts';
import './postmortem-tool.css';

export { STORAGE_KEY, TIMELINE_STORAGE_KEY } from './use-draft.ts';

interface Props {
	levels: Option[];
	triggers: Option[];
	runbooks: { id: string; title: string }[];
	/** Where the archive's JSON lives: `index.json` lists it, `${id}.json` holds each post-mortem. */
	archiveBase: string;
	repository?: string | undefined;
	/** Branch the pull-request link targets. */
	branch: string;
	/** The model's post-mortem deadline as it reads in a sentence, e.g. "within 48 hours". */
	deadline: string;
	/** Who may own an action item, from the model. */
	ownerPolicy: OwnerPolicy;
}

/** Turns what the team knows after an incident into an archive-ready post-mortem file. */
export default function PostmortemTool({
	levels,
	triggers,
	runbooks,
	archiveBase,
	repository,
	branch,
	deadline,
	ownerPolicy,
}: Props) {
	const draft = useDraft();
	const { announce, region } = useAnnouncer();
	const preview = useRef<HTMLDivElement>(null);

	// The checks and preview load as the reader nears the preview or starts working, whichever is first.
	useEffect(() => whenNear(preview.current ? [preview.current] : [], draft.wantEngine), []);
	const engine = draft.engine.value;

	return (
		<div class="tool pm-tool">
			<p class="pm-status" role="status">
				{draft.saveState.value}
			</p>
			{draft.damaged.value && (
				<DamagedSaveNotice
					damaged={draft.damaged.value}
					what="A draft"
					fileName="damaged-postmortem-draft.txt"
					onDiscard={() => {
						draft.discardDamaged();
						announce('The damaged draft was discarded. New changes are saved again.');
					}}
				/>
			)}
			<StartSection draft={draft} archiveBase={archiveBase} deadline={deadline} announce={announce} />
			<SummarySection draft={draft} levels={levels} triggers={triggers} />
			<ImpactSection draft={draft} announce={announce} />
			<TimelineSection draft={draft} announce={announce} />
			<CauseSection draft={draft} />
			<WhysSection draft={draft} />
			<LessonsSection draft={draft} />
			<ActionsSection draft={draft} ownerPolicy={ownerPolicy} />
			<MoreSection draft={draft} runbooks={runbooks} />
			<div ref={preview}>
				{engine ? (
					<engine.Output
						state={draft}
						engine={engine}
						levels={levels}
						levelIds={levels.map((l) => l.id) as [string, ...string[]]}
						runbookIds={runbooks.map((r) => r.id)}
						ownerPolicy={ownerPolicy}
						repository={repository}
						branch={branch}
						announce={announce}
					/>
				) : (
					<p>Preparing the preview and export…</p>
				)}
			</div>
			<LiveRegion region={region} />
		</div>
	);
}
