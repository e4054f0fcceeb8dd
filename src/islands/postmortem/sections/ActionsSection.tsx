import { emptyActionItem, type DraftActionItem } from '../../../domain/postmortem/draft.ts';
import { focusLater } from '../../kit/focus.ts';
import type { OwnerPolicy } from '../../../domain/postmortem/owners.ts';
import { Section } from '../Section.tsx';
import type { DraftState } from '../use-draft.ts';
import { SelectField, TextField } from '../../kit/fields.tsx';
import {
	ACTION_STATUS_LABELS,
	ACTION_STATUSES,
	PRIORITIES,
	PRIORITY_LABELS,
} from '../../../domain/postmortem/vocabulary.ts';

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
								<TextField
									id={id('action')}
									label="Action"
									value={item.action}
									onInput={(action) => update(i, { action })}
								/>
								<div class="pm-row">
									<TextField
										id={id('owner')}
										label="Owner"
										value={item.owner}
										onInput={(owner) => update(i, { owner })}
									/>
									<SelectField
										id={id('priority')}
										label="Priority"
										value={item.priority}
										placeholder="Choose…"
										options={PRIORITIES.map((p) => ({ value: p, label: PRIORITY_LABELS[p] }))}
										onChange={(priority) => update(i, { priority: priority as DraftActionItem['priority'] })}
									/>
									<TextField
										id={id('due')}
										label="Due date"
										type="date"
										value={item.due}
										onInput={(due) => update(i, { due })}
									/>
									<SelectField
										id={id('status')}
										label="Status"
										value={item.status}
										options={ACTION_STATUSES.map((s) => ({ value: s, label: ACTION_STATUS_LABELS[s] }))}
										onChange={(status) => update(i, { status: status as DraftActionItem['status'] })}
									/>
								</div>
								<TextField
									id={id('link')}
									label="Ticket or pull request link (optional)"
									type="url"
									value={item.link}
									onInput={(link) => update(i, { link })}
								/>
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
