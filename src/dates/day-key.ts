import { formatISO, isValid } from "date-fns";
import { CoalitionError } from "../errors/coalition-error.js";
import { dateEnd, dateStart, type DateOrUnknown, type PartialDate } from "../model/partial-date.js";

// Internal: dates as integers YYYYMMDD, so hot loops compare numbers, not strings.
// The calendar logic (month lengths, precision) stays in dateEnd / dateStart; date-fns reads `Date` objects.

/** Later than any real date: a record never known to be in force, or "no as-of date" (the latest). */
export const NO_DAY = 99_999_999;

/** `"2025-03-13"` → `20250313`. The input must be a valid day. */
export function dayKey(day: string): number {
  return Number(day.slice(0, 4)) * 10_000 + Number(day.slice(5, 7)) * 100 + Number(day.slice(8, 10));
}

/** `20250313` → `"2025-03-13"`. */
export function isoOfKey(key: number): string {
  const year = Math.floor(key / 10_000);
  const month = Math.floor(key / 100) % 100;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(key % 100).padStart(2, "0")}`;
}

/** The key of the last day a date covers (a month counts as of its end); `NO_DAY` for "unknown" or an invalid date. */
export function endKey(date: DateOrUnknown): number {
  const end = dateEnd(date);
  return end === undefined ? NO_DAY : dayKey(end);
}

/** The key of the first day a partial date covers. The date must be valid (the parser checks it). */
export function startKey(date: PartialDate): number {
  // dateStart is undefined only for "unknown" or an invalid date, neither of which is passed here.
  return dayKey(dateStart(date) as string);
}

/**
 * The key of an as-of option: a partial date counts to its end ("2025-03" is as of
 * 31 March), a `Date` by its local calendar day; absent means the latest (`NO_DAY`).
 *
 * @throws {CoalitionError} `invalid_argument` when it is neither.
 */
export function asOfKey(asOf: string | Date | undefined, name = "asOf"): number {
  if (asOf === undefined) return NO_DAY;
  if (asOf instanceof Date) {
    if (!isValid(asOf)) throw new CoalitionError("invalid_argument", `${name} is an invalid Date`);
    return dayKey(formatISO(asOf, { representation: "date" }));
  }
  // A day, month or year, checked as the parser checks dates (a month counts to its end).
  const key = typeof asOf === "string" ? endKey(asOf) : NO_DAY;
  if (key === NO_DAY) {
    throw new CoalitionError(
      "invalid_argument",
      `${name} must be a date as YYYY-MM-DD, YYYY-MM or YYYY, or a Date; got ${JSON.stringify(asOf)}`,
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
