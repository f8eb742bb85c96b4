import { notADay } from "../errors.js";
import { daysInMonth, formatDayKey } from "./calendar.js";

// Internal: dates as integers YYYYMMDD, so hot loops compare numbers, not strings. They
// are made here, at the boundary, from the calendar date-fns knows (./calendar.ts); the
// public string functions of model/partial-date read them too.

/** Later than any real date: a record never known to be in force, or "no as-of date" (the latest). */
export const NO_DAY = 99_999_999;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The key of the first day (`end` false) or the last day (`end` true) a date covers: a
 * month counts as of its last day, a year as of 31 December. `NO_DAY` for "unknown" or
 * a string that is no real calendar date at any precision (`"2025-02-30"`, `"25-03"`).
 */
export function boundKey(date: string, end: boolean): number {
  const match = PARTIAL_DATE.exec(date);
  if (match === null) return NO_DAY;
  const [, y, m, d] = match;
  const year = Number(y);
  const month = Number(m ?? (end ? 12 : 1));
  if (month < 1 || month > 12) return NO_DAY;
  const last = daysInMonth(year, month);
  const day = Number(d ?? (end ? last : 1));
  return day < 1 || day > last ? NO_DAY : year * 10_000 + month * 100 + day;
}

/** The key of the last day a date covers (its end: a month's last day, a year's 31 December); `NO_DAY` for "unknown" or an invalid date. */
export function endKeyOf(date: string): number {
  return boundKey(date, true);
}

/**
 * The key of a day given as a `Date` (its local calendar day, as the caller sees it) or
 * as a date string (a day; a month or a year counts as of its end). `NO_DAY` for an
 * invalid Date or a string that is no date.
 */
export function dayKeyOf(value: string | Date): number {
  if (typeof value === "string") return boundKey(value, true);
  return Number.isNaN(+value) ? NO_DAY : value.getFullYear() * 10_000 + (value.getMonth() + 1) * 100 + value.getDate();
}

/** `20250313` → `"2025-03-13"`. */
export function isoOfKey(key: number): string {
  return formatDayKey(key);
}

/**
 * The key of an as-of option: a partial date counts to its end ("2025-03" is as of
 * 31 March), a `Date` by its local calendar day; absent means the latest (`NO_DAY`).
 *
 * @throws {CoalitionError} `invalid_argument` when it is neither, naming `name`.
 */
export function asOfKey(asOf: string | Date | undefined, name = "asOf"): number {
  if (asOf === undefined) return NO_DAY;
  const date = asOf instanceof Date;
  // A day, month or year is checked as the parser checks dates (a month counts to its end).
  const key = date || typeof asOf === "string" ? dayKeyOf(asOf) : NO_DAY;
  if (key === NO_DAY) throw notADay(name, asOf, true);
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
