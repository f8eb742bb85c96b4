import { CoalitionError } from "../../errors/coalition-error.js";
import type { DateOrUnknown } from "../../model/partial-date.js";

// Internal: dates as integers YYYYMMDD, so hot loops compare numbers, not strings. The
// calendar lives here, once: the public string functions of model/partial-date read it too.

/** Later than any real date: a record never known to be in force, or "no as-of date" (the latest). */
export const NO_DAY = 99_999_999;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The key of the first day (`end` false) or the last day (`end` true) a date covers: a
 * month counts as of its last day, a year as of 31 December. `NO_DAY` for "unknown" or
 * a string that is no real calendar date at any precision (`"2025-02-30"`, `"25-03"`).
 */
export function boundKey(date: DateOrUnknown, end: boolean): number {
  const match = PARTIAL_DATE.exec(date);
  if (match === null) return NO_DAY;
  const [, y, m, d] = match;
  const year = Number(y);
  const month = Number(m ?? (end ? 12 : 1));
  const last = daysInMonth(year, month);
  const day = Number(d ?? (end ? last : 1));
  return month < 1 || month > 12 || day < 1 || day > last ? NO_DAY : year * 10_000 + month * 100 + day;
}

/** `20250313` → `"2025-03-13"`. */
export function isoOfKey(key: number): string {
  // Eight digits at least (year 0 is 101); a year past 9999 keeps its fifth.
  const digits = String(key).padStart(8, "0");
  return `${digits.slice(0, -4)}-${digits.slice(-4, -2)}-${digits.slice(-2)}`;
}

/**
 * The key of an as-of option: a partial date counts to its end ("2025-03" is as of
 * 31 March), a `Date` by its local calendar day; absent means the latest (`NO_DAY`).
 *
 * @throws {CoalitionError} `invalid_argument` when it is neither.
 */
export function asOfKey(asOf: string | Date | undefined, name = "asOf"): number {
  if (asOf === undefined) return NO_DAY;
  const date = asOf instanceof Date;
  // A day, month or year is checked as the parser checks dates (a month counts to its end).
  const key = date
    ? Number.isNaN(+asOf)
      ? NO_DAY
      : asOf.getFullYear() * 10_000 + (asOf.getMonth() + 1) * 100 + asOf.getDate()
    : typeof asOf === "string"
      ? boundKey(asOf, true)
      : NO_DAY;
  if (key === NO_DAY) {
    throw new CoalitionError(
      "invalid_argument",
      date ? `${name} is an invalid Date` : `${name} must be a date as YYYY-MM-DD, YYYY-MM or YYYY, or a Date; got ${JSON.stringify(asOf)}`,
    );
  }
  return key;
}

/** The as-of day as answers print it: the caller's own string when it is a day, else formatted from the key. */
export function asOfText(asOf: string | Date | undefined, key: number): string | null {
  return typeof asOf === "string" && asOf.length === 10 ? asOf : asOfIso(key);
}

/** The ISO day an as-of key stands for, or null for the latest. */
export function asOfIso(key: number): string | null {
  return key === NO_DAY ? null : isoOfKey(key);
}

/**
 * Days in a month of the Gregorian calendar, from integers alone: a local `Date` would
 * make validity depend on the time zone (Samoa skipped 2011-12-30) and maps years
 * 0-99 to 1900-1999.
 */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  // 31 days in odd months up to July and in even months from August.
  return 30 + ((month + (month >> 3)) & 1);
}
