import type { ConsoleState } from './use-console.ts';

/** The name the log puts on what this browser writes; kept in the browser, so it is typed once. */
export function YourName({ state }: { state: ConsoleState }) {
	return (
		<div class="tool-field console-name">
			<label for="console-name">Your name</label>
			<input
				id="console-name"
				type="text"
				autoComplete="name"
				value={state.name.value}
				aria-describedby="console-name-hint"
				onInput={(e) => state.setName(e.currentTarget.value)}
			/>
			<p class="tool-hint" id="console-name-hint">
				Shown beside each log entry you write. Kept in this browser only.
			</p>
		</div>
	);
}
