/** Lists edited as one item per line; split and joined without trimming so typing is never disturbed. */
export const linesOf = (items: readonly string[]) => items.join('\n');
export const fromLines = (text: string) => text.split('\n');
/** Comma-separated lists, same rule: what was typed comes back exactly. */
export const commaOf = (items: readonly string[]) => items.join(',');
export const fromComma = (text: string) => (text === '' ? [] : text.split(','));
