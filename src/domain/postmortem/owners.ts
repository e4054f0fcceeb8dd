/**
 * Who may own a post-mortem action item, from the model (`actionItemOwners` in model.yaml). The
 * post-mortem chapter asks for one named person: an item a whole team owns tends to be owned by nobody.
 */
export interface OwnerPolicy {
	must: 'person' | 'person-or-team';
	/** Words that make an owner read as a team, a rota or a placeholder rather than a person. */
	teamWords: readonly string[];
}

/** Why an owner does not meet the policy, in a sentence the build and the tool both show; undefined when it does. */
export function ownerProblem(owner: string, policy: OwnerPolicy): string | undefined {
	if (policy.must !== 'person') return undefined;
	// Compared as whole words with punctuation as spaces, so "platform-team" and "On call" are caught and "Teaman" is not.
	const words = (text: string) =>
		` ${text
			.toLowerCase()
			.replace(/[^\p{L}\p{N}]+/gu, ' ')
			.trim()} `;
	const team = policy.teamWords.find((word) => words(owner).includes(words(word)));
	return team === undefined
		? undefined
		: `"${owner}" reads as a team or a placeholder ("${team}"); name the one person who will see it done (model.yaml: actionItemOwners)`;
}
