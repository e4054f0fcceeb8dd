import type { DamagedSave } from './storage.ts';
import { downloadFile } from './download.ts';

interface Props {
	damaged: DamagedSave;
	/** What was saved, inside a sentence: "A draft", "Facts". */
	what: string;
	fileName: string;
	onDiscard: () => void;
}

/** Tells the person that saved data could not be read, and lets them keep a copy before anything replaces it. */
export function DamagedSaveNotice({ damaged, what, fileName, onDiscard }: Props) {
	return (
		<div class="tool-warning" role="alert">
			<p>
				{what} saved earlier in this browser could not be read, so the form starts empty and nothing will be saved over
				it until you decide. {damaged.error}
			</p>
			<button type="button" class="tool-button" onClick={() => downloadFile(fileName, damaged.raw, 'text/plain')}>
				Download the damaged data
			</button>{' '}
			<button type="button" class="tool-button" onClick={onDiscard}>
				Discard it and save this form instead
			</button>
		</div>
	);
}
