/** a phrase from the draft as shown in a reason: curly-quoted and short */
export function quote(text: string, max = 60): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  return `“${folded.length > max ? `${folded.slice(0, max - 1).trimEnd()}…` : folded}”`;
}

/** “a”, “b” and “c” */
export function quoteList(items: readonly string[], max = 3): string {
  const shown = items.slice(0, max).map((item) => quote(item, 40));
  const more = items.length > max ? ` and ${items.length - max} more` : '';
  if (shown.length <= 1) return `${shown[0] ?? ''}${more}`;
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}${more}`;
}
