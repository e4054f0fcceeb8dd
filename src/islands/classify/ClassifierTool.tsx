import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { DecisionTree, Level } from '../../schemas/model.ts';
import {
	answer,
	back,
	decodeAnswers,
	encodeAnswers,
	jumpTo,
	levelName,
	locate,
	type CalibrationExample,
} from '../../domain/classify/classify.ts';
import ClassifierResult from './ClassifierResult.tsx';
import './classifier.css';
import { announceIn } from '../kit/announce.tsx';

interface Props {
	tree: DecisionTree;
	levels: Level[];
	/** Role id to the role's full name, for the staffing line of the plan. */
	roleNames: Record<string, string>;
	/** Past post-mortems per level id, newest first. */
	examples: Record<string, CalibrationExample[]>;
}

const PARAM = 'answers';
/** The incident console's id for an incident being re-classified; carried through so the result can go back to it. */
const INCIDENT = 'incident';

/** Asks the model's decision tree one question at a time and ends on a level with its response plan. */
export default function ClassifierTool({ tree, levels, roleNames, examples }: Props) {
	const answers = useSignal<number[]>([]);
	const incident = useSignal<string | null>(null);
	const notice = useSignal('');
	const announcement = useSignal('');
	// Until the island runs, its buttons would do nothing; the page's no-JS fallback covers that case.
	const ready = useSignal(false);
	const heading = useRef<HTMLHeadingElement>(null);
	const moveFocus = useRef(false);

	/** The page's address for a set of answers, keeping the incident being re-classified. */
	const address = (encoded: string) => {
		const parts = [
			encoded && `${PARAM}=${encoded}`,
			incident.peek() && `${INCIDENT}=${encodeURIComponent(incident.peek()!)}`,
		];
		const query = parts.filter(Boolean).join('&');
		return query ? `${location.pathname}?${query}` : location.pathname;
	};

	useEffect(() => {
		const params = new URLSearchParams(location.search);
		incident.value = params.get(INCIDENT);
		const shared = params.get(PARAM);
		if (shared !== null) {
			const decoded = decodeAnswers(tree, shared);
			if (decoded.ok) {
				answers.value = decoded.answers;
			} else {
				notice.value = `The answers in this link no longer fit the decision tree (${decoded.error}), so the classifier starts from the first question.`;
				history.replaceState(null, '', address(''));
			}
		}
		ready.value = true;
	}, []);

	useEffect(() => {
		if (!moveFocus.current) return;
		moveFocus.current = false;
		heading.current?.focus();
	});

	const position = locate(tree, answers.value);
	const level = position.kind === 'result' ? levels.find((l) => l.id === position.levelId) : undefined;

	function go(next: number[]) {
		answers.value = next;
		notice.value = '';
		moveFocus.current = true;
		history.replaceState(null, '', address(encodeAnswers(tree, next)));
		const reached = locate(tree, next);
		const found = reached.kind === 'result' ? levels.find((l) => l.id === reached.levelId) : undefined;
		announcement.value = found ? `Result: ${levelName(found)}. ${found.impact}` : '';
	}

	const steps = position.steps;
	return (
		<div class="tool classifier">
			<p class="sr-only" aria-live="polite">
				{announcement.value}
			</p>
			{notice.value && <p class="tool-warning">{notice.value}</p>}

			{position.kind === 'question' ? (
				<fieldset class="tool-fieldset classifier-question" disabled={!ready.value} aria-describedby="classifier-help">
					<legend>
						<h2 ref={heading} tabIndex={-1}>
							<span class="classifier-count">Question {steps.length + 1}: </span>
							{position.question.text}
						</h2>
					</legend>
					<p id="classifier-help" class="classifier-help">
						{position.question.help}
					</p>
					<div class="classifier-answers">
						{position.question.answers.map((a, index) => (
							<button
								type="button"
								class="tool-button classifier-answer"
								onClick={() => go(answer(tree, answers.value, index))}
							>
								{a.label}
							</button>
						))}
					</div>
				</fieldset>
			) : level ? (
				<ClassifierResult
					level={level}
					steps={steps}
					roleNames={roleNames}
					examples={examples[level.id] ?? []}
					shareQuery={`?${PARAM}=${encodeAnswers(tree, answers.value)}`}
					answers={encodeAnswers(tree, answers.value)}
					incident={incident.value}
					headingRef={heading}
					announce={(text) => announceIn(announcement, text)}
				/>
			) : null}

			{steps.length > 0 && (
				<div class="classifier-nav">
					<button type="button" class="tool-button" onClick={() => go(back(answers.value))}>
						Back
					</button>
					<button type="button" class="tool-button" onClick={() => go([])}>
						Start again
					</button>
				</div>
			)}

			{steps.length > 0 && (
				<section aria-labelledby="classifier-answers-heading" class="classifier-steps">
					<h2 id="classifier-answers-heading">Your answers so far</h2>
					<ol>
						{steps.map((step, index) => (
							<li>
								<span>
									{step.question.text} <strong>{step.answer.label}</strong>
								</span>{' '}
								<button type="button" class="classifier-link" onClick={() => go(jumpTo(answers.value, index))}>
									Change<span class="sr-only"> the answer to question {index + 1}</span>
								</button>
							</li>
						))}
					</ol>
				</section>
			)}
		</div>
	);
}
