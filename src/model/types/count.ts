import type { CountUnit } from "../count-units.js";

/**
 * An exact count: "37 participants".
 *
 * @category Model
 */
export interface ExactCount {
  /** Which kind of count this is. */
  readonly kind: "exact";
  /** The figure. */
  readonly value: number;
  /** What it counts. */
  readonly of: CountUnit;
  /** The source's own words. */
  readonly phrase?: string | undefined;
}

/**
 * A count between two figures: "30 to 35 countries".
 *
 * @category Model
 */
export interface RangeCount {
  /** Which kind of count this is. */
  readonly kind: "range";
  /** The lower end. */
  readonly low: number;
  /** The upper end. */
  readonly high: number;
  /** What it counts. */
  readonly of: CountUnit;
  /** The source's own words. */
  readonly phrase?: string | undefined;
}

/**
 * A count known from below only: "over 30" is at least 31.
 *
 * @category Model
 */
export interface AtLeastCount {
  /** Which kind of count this is. */
  readonly kind: "at-least";
  /** The least the count can be: "over 30" is at least 31. */
  readonly value: number;
  /** What it counts. */
  readonly of: CountUnit;
  /** The source's own words: "over 30". */
  readonly phrase?: string | undefined;
}

/**
 * A count known from above only: "up to 10".
 *
 * @category Model
 */
export interface AtMostCount {
  /** Which kind of count this is. */
  readonly kind: "at-most";
  /** The most the count can be. */
  readonly value: number;
  /** What it counts. */
  readonly of: CountUnit;
  /** The source's own words. */
  readonly phrase?: string | undefined;
}

/**
 * A count in the source's approximate words, with the figure or bounds it gives, if any.
 *
 * @category Model
 */
export interface ApproximateCount {
  /** Which kind of count this is. */
  readonly kind: "approximate";
  /** The source's own words: "about six", "dozens". */
  readonly phrase: string;
  /** The figure the source gives: "about six" is 6. */
  readonly value?: number | undefined;
  /** A lower bound the source itself gives. */
  readonly low?: number | undefined;
  /** An upper bound the source itself gives. */
  readonly high?: number | undefined;
  /** What it counts. */
  readonly of: CountUnit;
}

/**
 * A count with its uncertainty, saying what it counts: exact, a range, at least, at
 * most, or approximate with the source's word. Counts of different units (`of`) are
 * never added or compared.
 *
 * @category Model
 */
export type Count = ExactCount | RangeCount | AtLeastCount | AtMostCount | ApproximateCount;

/**
 * The votes of a decision (a parliament's), each where the source gives it; one at least.
 *
 * @category Model
 */
export interface VoteTally {
  /** Votes for. */
  readonly yes?: number | undefined;
  /** Votes against. */
  readonly no?: number | undefined;
  /** Abstentions. */
  readonly abstain?: number | undefined;
  /** Members absent or not voting. */
  readonly absent?: number | undefined;
}
