/** Moves focus once the next render has put the element in place (a new row, a neighbour after a delete). */
export const focusLater = (id: string) => setTimeout(() => document.getElementById(id)?.focus(), 0);
