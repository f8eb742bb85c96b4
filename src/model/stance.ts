/**
 * The stance scale, strongest first: how far an actor has gone towards providing
 * a contribution or supporting a proposal.
 *
 * - `committed`: a formal decision or signed pledge.
 * - `ready`: "ready to send", "will".
 * - `open`: "could", "does not rule out", "logical to send".
 * - `undecided`: undecided or unknown.
 * - `opposed`: against the idea.
 * - `refused`: "will not", a binding declaration.
 *
 * @example
 * ```ts
 * import { STANCES } from "coalition";
 * STANCES[0];
 * //=> "committed"
 * ```
 *
 * @category Model
 */
export const STANCES = /* @__PURE__ */ Object.freeze(["committed", "ready", "open", "undecided", "opposed", "refused"] as const);

// Spelt out rather than `(typeof STANCES)[number]`, which editors and declaration files
// would expand at every use; tests/model/types.test-d.ts holds the two to each other.
/**
 * One level of the {@link STANCES} scale.
 *
 * @category Model
 */
export type Stance = "committed" | "ready" | "open" | "undecided" | "opposed" | "refused";
