import type { Stance } from "./stance.js";
import { deepFreeze } from "../internal/deep-freeze.js";

/**
 * A phrase a source uses and the stance it maps to.
 *
 * @category Model
 */
export interface StancePhrase {
  /** The source's words, e.g. "does not rule out". */
  readonly phrase: string;
  /** The stance they map to. */
  readonly stance: Stance;
}

/**
 * The documented mapping from the words of a source to a stance. A commitment or
 * position that records its source's `phrase` must be at the stance the phrase maps
 * to; datasets can add phrases of their own (`stancePhrases`), never redefine these.
 *
 * A conditional refusal ("will not do so unless …") is not a refusal: the offer keeps
 * the stance of its main verb ("could": `open`) and the "unless" becomes its condition.
 *
 * @example
 * ```ts
 * import { STANCE_PHRASES } from "coalition";
 * STANCE_PHRASES.find((entry) => entry.phrase === "does not rule out")?.stance;
 * //=> "open"
 * ```
 *
 * @category Model
 */
export const STANCE_PHRASES: readonly StancePhrase[] = /* @__PURE__ */ deepFreeze([
  { phrase: "formal decision", stance: "committed" },
  { phrase: "signed pledge", stance: "committed" },
  { phrase: "has decided", stance: "committed" },
  { phrase: "pledged", stance: "committed" },
  { phrase: "ready", stance: "ready" },
  { phrase: "ready to send", stance: "ready" },
  { phrase: "ready to deploy", stance: "ready" },
  { phrase: "will", stance: "ready" },
  { phrase: "prepared to", stance: "ready" },
  { phrase: "could", stance: "open" },
  { phrase: "could send", stance: "open" },
  { phrase: "could deploy", stance: "open" },
  { phrase: "could become", stance: "open" },
  { phrase: "does not rule out", stance: "open" },
  { phrase: "logical to send", stance: "open" },
  { phrase: "open to", stance: "open" },
  { phrase: "undecided", stance: "undecided" },
  { phrase: "has not decided", stance: "undecided" },
  { phrase: "opposed", stance: "opposed" },
  { phrase: "does not support", stance: "opposed" },
  { phrase: "against", stance: "opposed" },
  { phrase: "will not", stance: "refused" },
  { phrase: "rules out", stance: "refused" },
  { phrase: "ruled out", stance: "refused" },
]);
