import { useSignal } from '@preact/signals';
import { checklist, roleList } from '../../domain/console/checklists.ts';
import { commanderRole, levelOf, roleName } from '../../domain/console/console-model.ts';
import { handoffBrief } from '../../domain/console/handoff.ts';
import { addEntry, currentLevel, roleHolders } from '../../domain/console/incident.ts';
import { CopyButton } from '../kit/CopyButton.tsx';
import { SelectField, TextField } from '../kit/fields.tsx';
import { Checklist } from './Checklist.tsx';
import type { PanelProps } from './context.ts';

/**
 * Who holds a role; a new name is logged when the field is left, so typing it is one change. Keyed by the
 * holder, so a change from another tab or a hand-over shows at once.
 */
function Holder({ role, holder, ...props }: PanelProps & { role: string; holder: string }) {
	const text = useSignal(holder);
	const details = props.model.roles.find((r) => r.id === role);
	return (
		<div class="console-role">
			<TextField
				id={`console-role-${role}`}
				label={roleName(props.model, role)}
				value={text.value}
				onInput={(v) => (text.value = v)}
				onChange={(v) => {
					if (v.trim() === holder) return;
					props.change((i, now, author) =>
						addEntry(i, { kind: 'role', role, holder: v.trim(), handoff: false }, now, author),
					);
					props.announce(`${roleName(props.model, role)}: ${v.trim() || 'nobody'}.`);
				}}
			/>
			{details && details.checklist.length > 0 && (
				<details class="console-details">
					<summary>Checklist for {details.shortName}</summary>
					<Checklist
						{...props}
						items={checklist(props.incident, roleList(role), details.checklist)}
						legend={`${details.name}`}
					/>
				</details>
			)}
		</div>
	);
}

/** A brief for whoever takes over a role; copying it with their name logs the hand-over. */
function Handoff(props: PanelProps & { roles: string[] }) {
	const { incident, model, state, change, announce, roles } = props;
	const role = useSignal(roles[0] ?? '');
	const next = useSignal('');
	const brief = (at: number) => handoffBrief(incident, model, at, role.peek());
	const who = next.value.trim();
	return (
		<fieldset class="tool-fieldset">
			<legend>Hand over a role</legend>
			<SelectField
				id="console-handoff-role"
				label="Role"
				value={role.value}
				options={roles.map((id) => ({ value: id, label: roleName(model, id) }))}
				onChange={(v) => (role.value = v)}
			/>
			<TextField
				id="console-handoff-to"
				label="Taking over"
				value={next.value}
				onInput={(v) => (next.value = v)}
				hint="Leave empty to copy the brief without handing over."
			/>
			<p class="tool-label">Hand-over brief</p>
			<pre class="tool-output" id="console-brief">
				{brief(state.minute.value)}
			</pre>
			<CopyButton
				text={() => brief(Date.now())}
				what="hand-over brief"
				announce={announce}
				onCopied={() => {
					if (!who) return;
					change((i, now, author) =>
						addEntry(i, { kind: 'role', role: role.peek(), holder: who, handoff: true }, now, author),
					);
					announce(`Copied the brief and logged the hand-over of ${roleName(model, role.peek())} to ${who}.`);
					next.value = '';
				}}
			>
				{who ? `Copy the brief and hand over to ${who}` : 'Copy the brief'}
			</CopyButton>
		</fieldset>
	);
}

/** The roles the level staffs with who holds each, their checklists, and hand-overs. */
export function RolesPanel(props: PanelProps) {
	const { incident, model } = props;
	const holders = roleHolders(incident);
	const staffed = levelOf(model, currentLevel(incident)?.level)?.roles ?? [];
	const commander = commanderRole(model);
	const shown = [
		...new Set([...(commander ? [commander] : []), ...staffed, ...Object.keys(holders).filter((id) => holders[id])]),
	];
	const others = model.roles.map((r) => r.id).filter((id) => !shown.includes(id));
	return (
		<section aria-labelledby="console-roles-heading">
			<h2 id="console-roles-heading">Roles</h2>
			{shown.map((role) => (
				<Holder key={`${role}:${holders[role] ?? ''}`} {...props} role={role} holder={holders[role] ?? ''} />
			))}
			{others.length > 0 && (
				<details class="console-details">
					<summary>Roles this level does not staff</summary>
					{others.map((role) => (
						<Holder key={`${role}:${holders[role] ?? ''}`} {...props} role={role} holder={holders[role] ?? ''} />
					))}
				</details>
			)}
			<Handoff {...props} roles={[...shown, ...others]} />
		</section>
	);
}
