import type { Stance } from "./stance.js";
import { STANCE_PHRASES, type StancePhrase } from "./stance-phrases.js";

/** Options of {@link stanceOfPhrase}. */
export interface StanceOfPhraseOptions {
  /** Phrases a dataset adds to {@link STANCE_PHRASES}. */
  readonly extraPhrases?: readonly StancePhrase[];
}

/**
 * The stance a source's phrase maps to, or `undefined` when the phrase is not in the
 * mapping. Case and surrounding or repeated white space are ignored.
 *
 * @example
 * ```ts
 * import { stanceOfPhrase } from "coalition";
 * stanceOfPhrase("Will not");
 * //=> "refused"
 * stanceOfPhrase("might, one day");
 * //=> undefined
 * ```
 */
export function stanceOfPhrase(phrase: string, options: StanceOfPhraseOptions = {}): Stance | undefined {
  const wanted = normalisePhrase(phrase);
  for (const list of [STANCE_PHRASES, options.extraPhrases ?? []]) {
    for (const entry of list) {
      if (normalisePhrase(entry.phrase) === wanted) return entry.stance;
    }
  }
  return undefined;
}

/** Lower case with white space folded, so "Ready  to send" matches "ready to send". */
export function normalisePhrase(phrase: string): string {
  return phrase.trim().replace(/\s+/g, " ").toLowerCase();
}
