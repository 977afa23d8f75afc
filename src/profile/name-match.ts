/**
 * Matching a profile part's `match` patterns against a model's names: `*` matches any run
 * of characters (also none); everything else is literal and case-sensitive, as glTF names are.
 */
export function matchesPattern(pattern: string, name: string): boolean {
  const pieces = pattern.split('*');
  if (pieces.length === 1) return pattern === name;
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  if (name.length < first.length + last.length || !name.startsWith(first) || !name.endsWith(last)) return false;
  // Greedy left to right is exact for `*`-only patterns: each literal piece at its earliest place.
  let at = first.length;
  const end = name.length - last.length;
  for (const piece of pieces.slice(1, -1)) {
    const found = name.indexOf(piece, at);
    if (found < 0 || found + piece.length > end) return false;
    at = found + piece.length;
  }
  return true;
}

/** Whether any pattern matches any of the names. */
export function matchesAny(patterns: readonly string[], names: readonly string[]): boolean {
  return patterns.some((pattern) => names.some((name) => name !== '' && matchesPattern(pattern, name)));
}
