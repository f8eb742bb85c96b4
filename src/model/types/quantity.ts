import type { PartialDate } from "../partial-date.js";

/**
 * An exact figure: "4 aircraft".
 *
 * @category Model
 */
export interface ExactQuantity {
  /** Which kind of quantity this is. */
  readonly kind: "exact";
  /**
   * What it counts: `people`, `aircraft`, `vessels`, `tanks`, `vehicles`, `systems`, a
   * dataset's own namespaced unit (`ns:unit`), or `money`.
   */
  readonly unit: string;
  /** ISO 4217 code; required when unit is money. */
  readonly currency?: string | undefined;
  /** The date of a money amount; required when unit is money. */
  readonly date?: PartialDate | undefined;
  /** The figure. */
  readonly value: number;
}

/**
 * A range: "a company of 100 to 200".
 *
 * @category Model
 */
export interface RangeQuantity {
  /** Which kind of quantity this is. */
  readonly kind: "range";
  /**
   * What it counts: `people`, `aircraft`, `vessels`, `tanks`, `vehicles`, `systems`, a
   * dataset's own namespaced unit (`ns:unit`), or `money`.
   */
  readonly unit: string;
  /** ISO 4217 code; required when unit is money. */
  readonly currency?: string | undefined;
  /** The date of a money amount; required when unit is money. */
  readonly date?: PartialDate | undefined;
  /** The lower end. */
  readonly low: number;
  /** The upper end. */
  readonly high: number;
}

/**
 * The source's approximate words, with the bounds it gives itself, if any.
 *
 * @category Model
 */
export interface ApproximateQuantity {
  /** Which kind of quantity this is. */
  readonly kind: "approximate";
  /**
   * What it counts: `people`, `aircraft`, `vessels`, `tanks`, `vehicles`, `systems`, a
   * dataset's own namespaced unit (`ns:unit`), or `money`.
   */
  readonly unit: string;
  /** ISO 4217 code; required when unit is money. */
  readonly currency?: string | undefined;
  /** The date of a money amount; required when unit is money. */
  readonly date?: PartialDate | undefined;
  /** The source's own words: "several thousand", "a small contribution". */
  readonly phrase: string;
  /** The figure the source gives: "about 200" is 200. */
  readonly value?: number | undefined;
  /** A lower bound the source itself gives. */
  readonly low?: number | undefined;
  /** An upper bound the source itself gives. */
  readonly high?: number | undefined;
}

/**
 * How much is offered: exact, a range, or the source's approximate words, in one unit.
 * Money carries its currency and the date of the amount.
 *
 * @category Model
 */
export type Quantity = ExactQuantity | RangeQuantity | ApproximateQuantity;
