import type { CommsTemplate } from '../../schemas/comms-template.ts';
import {
	countCharacters,
	FORMAT_NAMES,
	piecesText,
	type Format,
	type FormattedMessage,
	type Piece,
} from '../../domain/comms/format.ts';
import type { Announce } from '../kit/announce.tsx';
import { CopyButton } from '../kit/CopyButton.tsx';

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
	announce: Announce;
}

function Output({ pieces, id }: { pieces: Piece[]; id: string }) {
	return (
		<pre class="tool-output" id={id}>
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
	const headingId = `comms-msg-${template.id}`;
	const subjectText = output.subject ? piecesText(output.subject) : '';
	const bodyText = piecesText(output.body);
	const subjectName = template.channel === 'status-page' ? 'Title' : 'Subject';

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
						<CopyButton
							text={subjectText}
							what={`${subjectName.toLowerCase()} of "${template.name}"`}
							announce={announce}
							key={subjectText}
						>
							Copy {subjectName.toLowerCase()}
							<span class="sr-only">: {template.name}</span>
						</CopyButton>
					</p>
				</>
			)}
			<h4 class="comms-part">Message ({FORMAT_NAMES[format]})</h4>
			<Output pieces={output.body} id={`${headingId}-body`} />
			<Count text={bodyText} limit={template.limits?.body} />
			<p class="comms-actions">
				<CopyButton
					text={bodyText}
					what={`message (${FORMAT_NAMES[format]}) of "${template.name}"`}
					announce={announce}
					key={bodyText}
				>
					Copy message
					<span class="sr-only">: {template.name}</span>
				</CopyButton>
			</p>
		</section>
	);
}
