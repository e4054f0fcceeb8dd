/**
 * A button that opens the file picker for a JSON file. The input itself is visually hidden but stays in
 * the tab order; the button-styled label shows its focus.
 */
export function JsonFilePicker({ label, onPick }: { label: string; onPick: (input: HTMLInputElement) => void }) {
	return (
		<label class="tool-button tool-file">
			{label}
			<input type="file" accept="application/json,.json" class="sr-only" onChange={(e) => onPick(e.currentTarget)} />
		</label>
	);
}
