/**
 * The candidate nearest to `word` (ignoring case) when it is near enough to be a typo:
 * one edit away for words of up to four letters, two for longer ones. Long words are
 * no typo of a short keyword, and are not compared, so a hostile word costs nothing.
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  if (word.length > 32) return undefined;
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = lower.length <= 4 ? 2 : 3;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/**
 * Edits from `a` to `b`: insertions, deletions, substitutions and swaps of two
 * neighbouring letters ("adn" is one edit from "and"), one row at a time.
 */
function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      let distance = Math.min((previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1), (previous[j] as number) + 1, (row[j - 1] as number) + 1);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) distance = Math.min(distance, (before[j - 2] as number) + 1);
      row.push(distance);
    }
    [before, previous] = [previous, row];
  }
  return previous[b.length] as number;
}
