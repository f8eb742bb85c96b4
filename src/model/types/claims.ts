/**
 * One claim of a disputed value, with the sources that make it.
 *
 * @category Model
 */
export interface Claim<T> {
  /** The value these sources give. */
  readonly value: T;
  /** Ids of the sources of the claim. */
  readonly sources: readonly string[];
  /** Why the claim is as it is, where the source is vague. */
  readonly note?: string | undefined;
}

/**
 * A value that sources may disagree on, held as one claim per version. Queries say
 * which claim they used instead of silently picking one.
 *
 * @category Model
 */
export interface Claimed<T> {
  /** One claim per version of the value, one at least. */
  readonly claims: readonly Claim<T>[];
}
