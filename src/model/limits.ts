/**
 * The documented limits of a dataset. Inputs beyond them are rejected with a clear
 * issue (`too_long`, `too_deep`, `too_many_issues`), never truncated. The object is
 * frozen: a limit cannot be raised at run time by assigning to it.
 *
 * @example
 * ```ts
 * import { LIMITS } from "coalition";
 * LIMITS.idLength;
 * //=> 128
 * LIMITS.listLength;
 * //=> 10000
 * ```
 *
 * @category Parsing
 */
export const LIMITS = /* @__PURE__ */ Object.freeze({
  /** Characters in an id. */
  idLength: 128,
  /** Characters in a name, title, label or phrase. */
  nameLength: 500,
  /** Characters in a note, description or verbatim quote. */
  textLength: 20_000,
  /** Characters in a URL. */
  urlLength: 2_048,
  /** Nesting of `all` / `any` / `not` in one condition. */
  conditionDepth: 1_000,
  /**
   * Records in one collection of a dataset (`commitments`, `states`, ...). Checked on
   * the array's length before any record is read, so a sparse array claiming billions
   * of slots costs nothing.
   */
  collectionLength: 10_000_000,
  /**
   * Items in one list inside a record or the dataset's header (`sources`, `memberships`,
   * `participants`, a condition's `of`, `notes`, ...). Checked on the list's length
   * before its items are read.
   */
  listLength: 10_000,
  /**
   * Problems reported for one input. Past it the parser stops checking and ends the
   * list with one `too_many_issues` issue.
   */
  issueCount: 1_000,
} as const);
