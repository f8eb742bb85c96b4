/**
 * The documented limits of a dataset. Inputs beyond them are rejected with a clear
 * issue (`too_long`, `too_deep`), never truncated.
 *
 * @example
 * ```ts
 * import { LIMITS } from "coalition";
 * LIMITS.idLength;
 * //=> 128
 * ```
 */
export const LIMITS = {
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
} as const;
