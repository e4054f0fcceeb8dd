import { emptyActionItem, type DraftActionItem } from '../../../domain/postmortem/draft.ts';
import { focusLater } from '../../kit/focus.ts';
import type { OwnerPolicy } from '../../../domain/postmortem/owners.ts';
import { Section } from '../Section.tsx';
import type { DraftState } from '../use-draft.ts';
import { PRIORITIES, ACTION_STATUSES } from '../../../domain/postmortem/vocabulary.ts';

const PRIORITY_LABELS: Record<(typeof PRIORITIES)[number], string> = {
	P1: 'P1: this sprint',
	P2: 'P2: this quarter',
	P3: 'P3: when capacity allows',
};

/** Follow-up work; an item without an owner, a priority and a due date holds the export back. */
export function ActionsSection({ draft, ownerPolicy }: { draft: DraftState; ownerPolicy: OwnerPolicy }) {
	const items = draft.store.actionItems.value;
	const onChange = (next: DraftActionItem[]) => draft.set('actionItems', next);
	// What each item still needs, from the lazily loaded checks; nothing until they arrive.
	const gapsOf = (item: DraftActionItem) => draft.engine.value?.actionItemGaps(item, ownerPolicy) ?? [];
	const update = (i: number, change: Partial<DraftActionItem>) =>
		onChange(draft.store.actionItems.peek().map((r, j) => (j === i ? { ...r, ...change } : r)));
	const add = () => {
		const item = emptyActionItem();
		onChange([...items, item]);
		focusLater(`pm-ai-action-${item.key}`);
	};
	return (
		<Section
			id="pm-actions"
			legend="Action items"
			prompt="Each item is a concrete change with one owner, a priority and a due date. Prefer fixes to the system over reminders to people."
		>
			<ol class="pm-rows">
				{items.map((item, i) => {
					const gaps = gapsOf(item);
					const id = (field: string) => `pm-ai-${field}-${item.key}`;
					return (
						<li key={item.key}>
							<fieldset aria-describedby={gaps.length ? id('gaps') : undefined}>
								<legend>Action item {i + 1}</legend>
								<div class="tool-field">
									<label for={id('action')}>Action</label>
									<input
										id={id('action')}
										type="text"
										value={item.action}
										onInput={(e) => update(i, { action: e.currentTarget.value })}
									/>
								</div>
								<div class="pm-row">
									<div class="tool-field">
										<label for={id('owner')}>Owner</label>
										<input
											id={id('owner')}
											type="text"
											value={item.owner}
											onInput={(e) => update(i, { owner: e.currentTarget.value })}
										/>
									</div>
									<div class="tool-field">
										<label for={id('priority')}>Priority</label>
										<select
											id={id('priority')}
											value={item.priority}
											onChange={(e) => update(i, { priority: e.currentTarget.value as DraftActionItem['priority'] })}
										>
											<option value="">Choose…</option>
											{PRIORITIES.map((p) => (
												<option key={p} value={p}>
													{PRIORITY_LABELS[p]}
												</option>
											))}
										</select>
									</div>
									<div class="tool-field">
										<label for={id('due')}>Due date</label>
										<input
											id={id('due')}
											type="date"
											value={item.due}
											onInput={(e) => update(i, { due: e.currentTarget.value })}
										/>
									</div>
									<div class="tool-field">
										<label for={id('status')}>Status</label>
										<select
											id={id('status')}
											value={item.status}
											onChange={(e) => update(i, { status: e.currentTarget.value as DraftActionItem['status'] })}
										>
											{ACTION_STATUSES.map((s) => (
												<option key={s} value={s}>
													{s}
												</option>
											))}
										</select>
									</div>
								</div>
								<div class="tool-field">
									<label for={id('link')}>Ticket or pull request link (optional)</label>
									<input
										id={id('link')}
										type="url"
										value={item.link}
										onInput={(e) => update(i, { link: e.currentTarget.value })}
									/>
								</div>
								{gaps.length > 0 && (
									<p class="tool-warning" id={id('gaps')}>
										Still needs {gaps.join(', ')}.
									</p>
								)}
								<button
									type="button"
									class="tool-button pm-small"
									onClick={() => {
										onChange(items.filter((_, j) => j !== i));
										focusLater('pm-ai-add');
									}}
								>
									Delete<span class="sr-only"> action item {i + 1}</span>
								</button>
							</fieldset>
						</li>
					);
				})}
			</ol>
			<button type="button" class="tool-button" id="pm-ai-add" onClick={add}>
				Add an action item
			</button>
		</Section>
	);
}
