import { EXERCISE_LABEL } from '../../domain/postmortem/exercise.ts';

/** The mark a drill carries wherever it is shown. */
export function ExerciseLabel() {
	return <strong class="console-exercise">{EXERCISE_LABEL}</strong>;
}
