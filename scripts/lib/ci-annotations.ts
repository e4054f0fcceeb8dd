import type { ContentProblem, ProblemKind } from './content-errors.ts';

const TITLES: Record<ProblemKind, string> = {
	model: 'Incident model',
	frontmatter: 'Invalid field',
	reference: 'Unknown reference',
	body: 'Notes below the frontmatter',
	yaml: 'YAML does not parse',
	other: 'Content check failed',
};

// Escaping as GitHub's runner reads workflow commands (the same rules as @actions/core).
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** A GitHub Actions `::error` command, which the runner shows on the file and line of a pull request. */
export function toAnnotation(problem: ContentProblem): string {
	const properties = [
		problem.file && `file=${escapeProperty(problem.file)}`,
		problem.file && problem.line !== undefined && `line=${problem.line}`,
		`title=${escapeProperty(TITLES[problem.kind])}`,
	].filter(Boolean);
	const message = problem.field && problem.kind !== 'body' ? `${problem.field}: ${problem.message}` : problem.message;
	return `::error ${properties.join(',')}::${escapeData(message)}`;
}

/** `file:line: field: message`, which terminals and editors open at the line. */
export function toPlainLine(problem: ContentProblem): string {
	const place = problem.file ? `${problem.file}${problem.line !== undefined ? `:${problem.line}` : ''}: ` : '';
	const field = problem.field ? `${problem.field}: ` : '';
	return `${place}${field}${problem.message}`;
}
