import {
	ACTION_PRIORITIES,
	ACTION_STATUSES,
	emptyActionItem,
	newKey,
	type DraftActionItem,
	type DraftFiveWhy,
} from '../domain/postmortem/draft.ts';
import { BlameHints } from './PostmortemFields.tsx';

const focusLater = (id: string) => setTimeout(() => document.getElementById(id)?.focus(), 0);

interface WhyProps {
	rows: DraftFiveWhy[];
	onChange: (rows: DraftFiveWhy[]) => void;
	names: readonly string[];
	services: readonly string[];
}

/** Question and answer pairs; each answer is checked for wording that blames a person. */
export function FiveWhys({ rows, onChange, names, services }: WhyProps) {
	const update = (i: number, change: Partial<DraftFiveWhy>) =>
		onChange(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
	const add = () => {
		const row = { key: newKey(), why: '', because: '' };
		onChange([...rows, row]);
		focusLater(`pm-why-${row.key}`);
	};
	return (
		<>
			<ol class="pm-rows">
				{rows.map((row, i) => (
					<li key={row.key}>
						<fieldset>
							<legend>Why {i + 1}</legend>
							<div class="tool-field">
								<label for={`pm-why-${row.key}`}>Question</label>
								<input
									id={`pm-why-${row.key}`}
									type="text"
									value={row.why}
									onInput={(e) => update(i, { why: e.currentTarget.value })}
								/>
							</div>
							<div class="tool-field">
								<label for={`pm-because-${row.key}`}>Because</label>
								<input
									id={`pm-because-${row.key}`}
									type="text"
									value={row.because}
									onInput={(e) => update(i, { because: e.currentTarget.value })}
								/>
								<BlameHints text={`${row.why}\n${row.because}`} names={names} services={services} />
							</div>
							<button
								type="button"
								class="tool-button pm-small"
								onClick={() => {
									onChange(rows.filter((_, j) => j !== i));
									focusLater('pm-why-add');
								}}
							>
								Delete<span class="sr-only"> why {i + 1}</span>
							</button>
						</fieldset>
					</li>
				))}
			</ol>
			<button type="button" class="tool-button" id="pm-why-add" onClick={add}>
				Add a why
			</button>
		</>
	);
}

interface ActionProps {
	items: DraftActionItem[];
	onChange: (items: DraftActionItem[]) => void;
	/** What each item still needs, from the lazily loaded checks; empty until they arrive. */
	gapsOf: (item: DraftActionItem) => string[];
}

const PRIORITY_LABELS: Record<(typeof ACTION_PRIORITIES)[number], string> = {
	P1: 'P1: this sprint',
	P2: 'P2: this quarter',
	P3: 'P3: when capacity allows',
};

/** Follow-up work; an item without an owner, a priority and a due date holds the export back. */
export function ActionItems({ items, onChange, gapsOf }: ActionProps) {
	const update = (i: number, change: Partial<DraftActionItem>) =>
		onChange(items.map((r, j) => (j === i ? { ...r, ...change } : r)));
	const add = () => {
		const item = emptyActionItem();
		onChange([...items, item]);
		focusLater(`pm-ai-action-${item.key}`);
	};
	return (
		<>
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
											{ACTION_PRIORITIES.map((p) => (
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
		</>
	);
}
