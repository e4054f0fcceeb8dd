/** What went wrong with the reader's last action, said at once to screen readers; nothing when all is well. */
export function Problem({ text }: { text: string }) {
	return text ? (
		<p class="tool-warning" role="alert">
			{text}
		</p>
	) : null;
}
