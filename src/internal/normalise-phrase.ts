/** Lower case with white space folded, so "Ready  to send" matches "ready to send". @internal */
export function normalisePhrase(phrase: string): string {
  return phrase.trim().replace(/\s+/g, " ").toLowerCase();
}
