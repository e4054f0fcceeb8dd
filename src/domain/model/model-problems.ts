import type { IncidentModel } from '../../schemas/model.ts';
import { classifyByNames, describePath } from '../classify/classify.ts';
import { placeholderNames } from '../comms/template.ts';

/** One thing wrong with the model, located precisely enough to fix without searching. */
export interface ModelProblem {
	file: string;
	path: string;
	message: string;
}

function duplicates(ids: string[]): string[] {
	const seen = new Set<string>();
	return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

function list(values: string[]): string {
	return values.map((v) => `"${v}"`).join(', ');
}

/**
 * Checks what a per-file schema cannot: ids that must be unique, references between files,
 * and a decision tree in which every path ends at a level without looping.
 */
export function findModelProblems(
	model: Omit<IncidentModel, 'config'>,
	files: Record<'levels' | 'tree' | 'roles' | 'escalation' | 'lifecycle' | 'commsRequirements', string>,
): ModelProblem[] {
	const problems: ModelProblem[] = [];
	const levelIds = model.levels.map((l) => l.id);
	const roleIds = model.roles.map((r) => r.id);
	const questionIds = model.tree.questions.map((q) => q.id);

	for (const id of duplicates(levelIds)) {
		problems.push({ file: files.levels, path: 'levels', message: `duplicate level id "${id}"; ids must be unique` });
	}
	const aliases = model.levels.flatMap((l) => l.aliases);
	for (const alias of duplicates([...levelIds, ...aliases])) {
		if (!levelIds.includes(alias) || aliases.includes(alias)) {
			problems.push({
				file: files.levels,
				path: 'levels',
				message: `"${alias}" names more than one level (ids and aliases must be unique)`,
			});
		}
	}
	for (const id of duplicates(roleIds)) {
		problems.push({ file: files.roles, path: 'roles', message: `duplicate role id "${id}"; ids must be unique` });
	}
	for (const id of duplicates(questionIds)) {
		problems.push({
			file: files.tree,
			path: 'questions',
			message: `duplicate question id "${id}"; ids must be unique`,
		});
	}

	model.levels.forEach((level, i) => {
		level.roles.forEach((role, j) => {
			if (!roleIds.includes(role)) {
				problems.push({
					file: files.levels,
					path: `levels[${i}].roles[${j}]`,
					message: `unknown role "${role}"; expected one of ${list(roleIds)}`,
				});
			}
		});
	});
	model.escalation.rules.forEach((rule, i) => {
		rule.levels.forEach((level, j) => {
			if (!levelIds.includes(level)) {
				problems.push({
					file: files.escalation,
					path: `rules[${i}].levels[${j}]`,
					message: `unknown level "${level}"; expected one of ${list(levelIds)}`,
				});
			}
		});
	});
	model.lifecycle.phases.forEach((phase, i) => {
		if (!roleIds.includes(phase.owner)) {
			problems.push({
				file: files.lifecycle,
				path: `phases[${i}].owner`,
				message: `unknown role "${phase.owner}"; expected one of ${list(roleIds)}`,
			});
		}
	});

	let treeRefsOk = questionIds.includes(model.tree.start);
	if (!treeRefsOk) {
		problems.push({
			file: files.tree,
			path: 'start',
			message: `unknown question "${model.tree.start}"; expected one of ${list(questionIds)}`,
		});
	}
	model.tree.questions.forEach((question, i) => {
		question.answers.forEach((answer, j) => {
			if (answer.level !== undefined && !levelIds.includes(answer.level)) {
				treeRefsOk = false;
				problems.push({
					file: files.tree,
					path: `questions[${i}].answers[${j}].level`,
					message: `unknown level "${answer.level}"; expected one of ${list(levelIds)}`,
				});
			}
			if (answer.next !== undefined && !questionIds.includes(answer.next)) {
				treeRefsOk = false;
				problems.push({
					file: files.tree,
					path: `questions[${i}].answers[${j}].next`,
					message: `unknown question "${answer.next}"; expected one of ${list(questionIds)}`,
				});
			}
		});
	});
	for (const id of duplicates(model.commsRequirements.kinds.map((k) => k.id))) {
		problems.push({
			file: files.commsRequirements,
			path: 'kinds',
			message: `duplicate kind id "${id}"; ids must be unique`,
		});
	}
	const placeholders = placeholderNames(roleIds);
	model.commsRequirements.kinds.forEach((kind, i) => {
		kind.elements.forEach((element, j) => {
			element.placeholders.forEach((name, k) => {
				if (!placeholders.includes(name))
					problems.push({
						file: files.commsRequirements,
						path: `kinds[${i}].elements[${j}].placeholders[${k}]`,
						message: `unknown placeholder "${name}"; expected one of ${list(placeholders)}`,
					});
			});
		});
	});
	if (treeRefsOk) {
		const shape = findTreeShapeProblems(model, files.tree);
		problems.push(...shape);
		if (shape.length === 0) problems.push(...findCalibrationProblems(model, files.levels));
	}
	return problems;
}

/**
 * Every example a level gives is a promise that the decision tree puts that situation at that level.
 * Checking it keeps the matrix, the classifier and the cards from contradicting each other when either
 * the examples or the tree is edited.
 */
function findCalibrationProblems(model: Omit<IncidentModel, 'config'>, file: string): ModelProblem[] {
	const problems: ModelProblem[] = [];
	model.levels.forEach((level, i) => {
		level.examples.forEach((example, j) => {
			const path = `levels[${i}].examples[${j}]`;
			const result = classifyByNames(model.tree, example.answers);
			if (!result.ok) {
				problems.push({ file, path: `${path}.answers`, message: `"${example.situation}": ${result.problem}` });
			} else if (result.levelId !== level.id) {
				problems.push({
					file,
					path,
					message: `"${example.situation}" is an example of ${level.id}, but the decision tree puts it at ${result.levelId} (${describePath(result.steps)}); change the example, its answers or the tree`,
				});
			}
		});
	});
	return problems;
}

function findTreeShapeProblems(model: Omit<IncidentModel, 'config'>, file: string): ModelProblem[] {
	const problems: ModelProblem[] = [];
	const byId = new Map(model.tree.questions.map((q) => [q.id, q]));
	const reached = new Set<string>();
	const walk = (id: string, path: string[]): void => {
		if (path.includes(id)) {
			problems.push({ file, path: `questions.${id}`, message: `the tree loops: ${[...path, id].join(' → ')}` });
			return;
		}
		reached.add(id);
		for (const answer of byId.get(id)!.answers) {
			if (answer.next !== undefined) walk(answer.next, [...path, id]);
		}
	};
	walk(model.tree.start, []);
	for (const question of model.tree.questions) {
		if (!reached.has(question.id)) {
			problems.push({
				file,
				path: `questions.${question.id}`,
				message: `question "${question.id}" cannot be reached from the start question "${model.tree.start}"`,
			});
		}
	}
	const reachedLevels = new Set(
		model.tree.questions
			.filter((q) => reached.has(q.id))
			.flatMap((q) => q.answers.flatMap((a) => (a.level ? [a.level] : []))),
	);
	if (reachedLevels.size === 0) {
		problems.push({
			file,
			path: 'questions',
			message: 'no answer in the tree leads to a level; every path must end at a level',
		});
	}
	return problems;
}
