/**
 * What a count can count, built in: countries, participants, leaders, heads of
 * government, heads of state, defence ministers, delegations and troops. A dataset
 * counts anything else with a namespaced unit of its own (`cotw:battalions`).
 *
 * @example
 * ```ts
 * import { BUILTIN_COUNT_UNITS } from "coalition";
 * BUILTIN_COUNT_UNITS.includes("heads-of-government");
 * //=> true
 * ```
 *
 * @category Model
 */
export const BUILTIN_COUNT_UNITS = /* @__PURE__ */ Object.freeze([
  "countries",
  "participants",
  "leaders",
  "heads-of-government",
  "heads-of-state",
  "defence-ministers",
  "delegations",
  "troops",
] as const);

// Spelt out rather than derived from the list, which editors and declaration files would
// expand at every use; tests/model/types.test-d.ts holds the two to each other.
/**
 * What a count counts: one of {@link BUILTIN_COUNT_UNITS}, or a dataset's own unit
 * written `ns:name`. Counts of different units are never added or compared.
 *
 * @category Model
 */
export type CountUnit =
  | "countries"
  | "participants"
  | "leaders"
  | "heads-of-government"
  | "heads-of-state"
  | "defence-ministers"
  | "delegations"
  | "troops"
  | `${string}:${string}`;
