import { boundKey, isoOfKey, NO_DAY } from "../internal/dates/day-key.js";

/**
 * An ISO 8601 calendar date at the precision its source gives: `"2025-03-13"` (a day),
 * `"2025-03"` (a month) or `"2025"` (a year). The string is kept as written, so the
 * precision is never lost on the way through.
 *
 * @category Model
 */
export type PartialDate = string;

/**
 * A {@link PartialDate}, or `"unknown"` where the source gives no date.
 *
 * @category Model
 */
export type DateOrUnknown = PartialDate | "unknown";

/**
 * How precise a date is.
 *
 * @category Model
 */
export type DatePrecision = "day" | "month" | "year" | "unknown";

/**
 * The precision of a date string, or `undefined` when it is not a real calendar
 * date at any precision (`"2025-02-30"`, `"25-03"`).
 *
 * @param date - A date string as a dataset writes it.
 * @returns `"day"`, `"month"`, `"year"` or `"unknown"`; `undefined` for a string that is no valid date.
 *
 * @example
 * ```ts
 * import { datePrecision } from "coalition";
 * datePrecision("2025-03");
 * //=> "month"
 * datePrecision("unknown");
 * //=> "unknown"
 * datePrecision("2025-02-30");
 * //=> undefined
 * ```
 *
 * @category Model
 */
export function datePrecision(date: string): DatePrecision | undefined {
  // What is no string is no date either: the same answer as for a string that is none.
  if (typeof date !== "string") return undefined;
  if (date === "unknown") return "unknown";
  if (boundKey(date, true) === NO_DAY) return undefined;
  return date.length === 4 ? "year" : date.length === 7 ? "month" : "day";
}

/**
 * The last day a date covers, as `YYYY-MM-DD`: a month counts "as of" its last day
 * and a year as of 31 December. `undefined` for `"unknown"` or an invalid date.
 *
 * @param date - A date at any precision, or `"unknown"`.
 * @returns The last day it covers (`YYYY-MM-DD`), or `undefined`.
 *
 * @example
 * ```ts
 * import { dateEnd } from "coalition";
 * dateEnd("2024-02");
 * //=> "2024-02-29"
 * dateEnd("2025");
 * //=> "2025-12-31"
 * ```
 *
 * @category Model
 */
export function dateEnd(date: DateOrUnknown): string | undefined {
  // What is no string is no date either: the same answer as for a string that is none.
  if (typeof date !== "string") return undefined;
  const key = boundKey(date, true);
  // A day is its own end: no need to format it again.
  return key === NO_DAY ? undefined : date.length === 10 ? date : isoOfKey(key);
}

/**
 * The first day a date covers, as `YYYY-MM-DD`. `undefined` for `"unknown"` or an
 * invalid date.
 *
 * @param date - A date at any precision, or `"unknown"`.
 * @returns The first day it covers (`YYYY-MM-DD`), or `undefined`.
 *
 * @example
 * ```ts
 * import { dateStart } from "coalition";
 * dateStart("2025-03");
 * //=> "2025-03-01"
 * ```
 *
 * @category Model
 */
export function dateStart(date: DateOrUnknown): string | undefined {
  // What is no string is no date either: the same answer as for a string that is none.
  if (typeof date !== "string") return undefined;
  const key = boundKey(date, false);
  return key === NO_DAY ? undefined : date.length === 10 ? date : isoOfKey(key);
}
