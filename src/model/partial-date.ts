/**
 * An ISO 8601 calendar date at the precision its source gives: `"2025-03-13"` (a day),
 * `"2025-03"` (a month) or `"2025"` (a year). The string is kept as written, so the
 * precision is never lost on the way through.
 */
export type PartialDate = string;

/** A {@link PartialDate}, or `"unknown"` where the source gives no date. */
export type DateOrUnknown = PartialDate | "unknown";

/** How precise a date is. */
export type DatePrecision = "day" | "month" | "year" | "unknown";

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

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
 */
export function datePrecision(date: string): DatePrecision | undefined {
  if (date === "unknown") return "unknown";
  const match = PARTIAL_DATE.exec(date);
  if (match === null) return undefined;
  const [, year, month, day] = match;
  const y = Number(year);
  if (month === undefined) return "year";
  const m = Number(month);
  if (m < 1 || m > 12) return undefined;
  if (day === undefined) return "month";
  const d = Number(day);
  return d >= 1 && d <= daysInMonth(y, m) ? "day" : undefined;
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
 */
export function dateEnd(date: DateOrUnknown): string | undefined {
  const precision = datePrecision(date);
  if (precision === undefined || precision === "unknown") return undefined;
  if (precision === "day") return date;
  if (precision === "year") return `${date}-12-31`;
  const [year, month] = date.split("-").map(Number) as [number, number];
  return `${date}-${String(daysInMonth(year, month)).padStart(2, "0")}`;
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
 */
export function dateStart(date: DateOrUnknown): string | undefined {
  const precision = datePrecision(date);
  if (precision === undefined || precision === "unknown") return undefined;
  if (precision === "day") return date;
  if (precision === "year") return `${date}-01-01`;
  return `${date}-01`;
}

/**
 * Days in a month of the Gregorian calendar, from integers alone: a local `Date` would
 * make validity depend on the time zone (Samoa skipped 2011-12-30) and maps years
 * 0-99 to 1900-1999.
 */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
