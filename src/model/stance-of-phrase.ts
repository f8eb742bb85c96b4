import type { Stance } from "./stance.js";
import { invalidArgument } from "../internal/errors.js";
import { normalisePhrase } from "../internal/normalise-phrase.js";
import { STANCE_PHRASES, type StancePhrase } from "./stance-phrases.js";

/**
 * Options of {@link stanceOfPhrase}.
 *
 * @category Model
 */
export interface StanceOfPhraseOptions {
  /** Phrases a dataset adds to {@link STANCE_PHRASES}. */
  readonly extraPhrases?: readonly StancePhrase[];
}

/**
 * The stance a source's phrase maps to, or `undefined` when the phrase is not in the
 * mapping. Case and surrounding or repeated white space are ignored.
 *
 * @param phrase - The source's own words ("ready to send", "does not rule out").
 * @param options - Phrases of the dataset to look in after the built-in ones.
 * @returns The stance the phrase maps to, or `undefined` when no mapping has it.
 *
 * @throws {CoalitionError} `invalid_argument` when `phrase` is no string, or `options` no object (or its `extraPhrases` no list).
 * @example
 * ```ts
 * import { stanceOfPhrase } from "coalition";
 * stanceOfPhrase("Will not");
 * //=> "refused"
 * stanceOfPhrase("might, one day");
 * //=> undefined
 * ```
 *
 * @category Model
 */
export function stanceOfPhrase(phrase: string, options: StanceOfPhraseOptions = {}): Stance | undefined {
  if (typeof phrase !== "string") throw invalidArgument("phrase", `phrase must be a string, not ${phrase === null ? "null" : typeof phrase}`);
  if (typeof options !== "object" || options === null || Array.isArray(options)) throw invalidArgument("options", `options must be an object, not ${options === null ? "null" : Array.isArray(options) ? "an array" : typeof options}`);
  if (options.extraPhrases !== undefined && !Array.isArray(options.extraPhrases)) throw invalidArgument("extraPhrases", "extraPhrases must be a list of phrases and their stances");
  const wanted = normalisePhrase(phrase);
  for (const list of [STANCE_PHRASES, options.extraPhrases ?? []]) {
    for (const entry of list) {
      if (normalisePhrase(entry.phrase) === wanted) return entry.stance;
    }
  }
  return undefined;
}
