import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { CommsTemplate } from '../schemas/comms-template.ts';
import {
	countCharacters,
	FORMAT_NAMES,
	piecesText,
	type Format,
	type FormattedMessage,
	type Piece,
} from '../domain/comms/format.ts';

const CHANNEL_NAMES: Record<CommsTemplate['channel'], string> = {
	'status-page': 'Status page',
	email: 'Email',
	chat: 'Chat',
	sms: 'SMS',
};

interface Props {
	template: CommsTemplate;
	output: FormattedMessage;
	format: Format;
	missing: string[];
	/** e.g. "Required at SEV1", or null when the level does not ask for it. */
	requiredNote: string | null;
	announce: (message: string) => void;
}

function Output({ pieces, id }: { pieces: Piece[]; id: string }) {
	return (
		<pre class="comms-output" id={id}>
			{pieces.map((p) => (p.missing ? <mark class="comms-missing">{p.text}</mark> : p.text))}
		</pre>
	);
}

function Count({ text, limit }: { text: string; limit: number | undefined }) {
	if (!limit) return null;
	const count = countCharacters(text);
	const over = count - limit;
	return over > 0 ? (
		<p class="comms-count tool-warning">
			<span aria-hidden="true">⚠ </span>
			{count} of {limit} characters: {over} over this channel's limit
		</p>
	) : (
		<p class="comms-count">
			{count} of {limit} characters
		</p>
	);
}

/** One message: its marks, the text exactly as it will be pasted, counts against the channel limit and copy buttons. */
export default function CommsMessage({ template, output, format, missing, requiredNote, announce }: Props) {
	const copied = useSignal<'subject' | 'body' | null>(null);
	const failed = useSignal(false);
	const headingId = `comms-msg-${template.id}`;
	const subjectText = output.subject ? piecesText(output.subject) : '';
	const bodyText = piecesText(output.body);
	const subjectName = template.channel === 'status-page' ? 'Title' : 'Subject';

	useEffect(() => {
		if (!copied.value) return;
		const timer = setTimeout(() => (copied.value = null), 4000);
		return () => clearTimeout(timer);
	}, [copied.value]);

	async function copy(part: 'subject' | 'body') {
		try {
			await navigator.clipboard.writeText(part === 'subject' ? subjectText : bodyText);
			failed.value = false;
			copied.value = part;
			const what = part === 'subject' ? subjectName.toLowerCase() : `message (${FORMAT_NAMES[format]})`;
			announce(`Copied the ${what} of "${template.name}".`);
		} catch {
			copied.value = null;
			failed.value = true;
			announce(`Could not copy "${template.name}"; select the text and copy it by hand.`);
		}
	}

	return (
		<section class="comms-message" aria-labelledby={headingId}>
			<h3 id={headingId}>{template.name}</h3>
			<p class="comms-meta">
				{requiredNote ? <strong class="comms-required">{requiredNote}</strong> : <span>Optional at this level</span>}
				{' · '}
				{CHANNEL_NAMES[template.channel]}, {template.audience === 'public' ? 'public' : 'internal'}
			</p>
			{missing.length > 0 ? (
				<p class="tool-warning">
					{missing.length === 1 ? '1 fact missing' : `${missing.length} facts missing`}: {missing.join(', ')}
				</p>
			) : (
				<p class="comms-complete">Every fact is filled in.</p>
			)}
			{output.subject && (
				<>
					<h4 class="comms-part">{subjectName} (plain text)</h4>
					<Output pieces={output.subject} id={`${headingId}-subject`} />
					<Count text={subjectText} limit={template.limits?.subject} />
					<p class="comms-actions">
						<button type="button" class="tool-button" onClick={() => copy('subject')}>
							Copy {subjectName.toLowerCase()}
							<span class="sr-only">: {template.name}</span>
						</button>
						{copied.value === 'subject' && <span class="tool-confirm">Copied</span>}
					</p>
				</>
			)}
			<h4 class="comms-part">Message ({FORMAT_NAMES[format]})</h4>
			<Output pieces={output.body} id={`${headingId}-body`} />
			<Count text={bodyText} limit={template.limits?.body} />
			<p class="comms-actions">
				<button type="button" class="tool-button" onClick={() => copy('body')}>
					Copy message
					<span class="sr-only">: {template.name}</span>
				</button>
				{copied.value === 'body' && <span class="tool-confirm">Copied</span>}
				{failed.value && <span class="tool-warning">Copying failed: select the text above and copy it by hand.</span>}
			</p>
		</section>
	);
}
