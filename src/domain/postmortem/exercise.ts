/**
 * How a drill is labelled wherever it shows: it happened on purpose, so it is not counted as an incident.
 * A module of its own so the incident console's first download can show the label without the rest of the
 * post-mortem's vocabulary.
 */
export const EXERCISE_LABEL = 'Exercise';
