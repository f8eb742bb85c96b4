// The calendar, from date-fns. Every date here is a UTCDateMini: its getters and setters
// read and write UTC, so the machine's time zone never moves a day (a local Date would
// make 30 December 2011 vanish in Samoa, and the years 0-99 read as 1900-1999). The
// rest of the library works on integer day keys (YYYYMMDD) made from these dates at the
// boundary, so that hot loops compare numbers and never build a Date.
// Month lengths and formatting are read off the UTC date as date-fns' getDaysInMonth and
// formatISO read them (the day before the next month's first; the fields padded), not
// imported: the two modules and the constants they bring were a sixth of the gzip of
// one aggregation (issue 15), which needs both to read and print days.
import { UTCDateMini } from "@date-fns/utc/date/mini";
import { eachMonthOfInterval } from "date-fns/eachMonthOfInterval";

/** A day of the (proleptic Gregorian) calendar at midnight UTC; `month` counts from 1. @internal */
export function utcDay(year: number, month: number, day = 1): Date {
  const date = new UTCDateMini(0);
  // setFullYear, not the constructor: the constructor reads the years 0-99 as 1900-1999.
  date.setFullYear(year, month - 1, day);
  return date;
}

// Month lengths as date-fns gives them, kept per month once asked (a parse asks for the
// same few months thousands of times). Created on first use: no work at module level.
let monthLengths: Map<number, number> | undefined;

/** The number of days in a month of a year (`month` from 1 to 12). @internal */
export function daysInMonth(year: number, month: number): number {
  monthLengths ??= new Map();
  const key = year * 12 + month;
  let days = monthLengths.get(key);
  // Day 0 of the next month: the last day of this one.
  if (days === undefined) monthLengths.set(key, (days = utcDay(year, month + 1, 0).getDate()));
  return days;
}

/** The day key (YYYYMMDD) of a UTC day. @internal */
export function keyOfUtcDay(date: Date): number {
  return date.getUTCFullYear() * 10_000 + (date.getUTCMonth() + 1) * 100 + date.getUTCDate();
}

/** The UTC day of a day key. @internal */
export function utcDayOfKey(key: number): Date {
  return utcDay(Math.floor(key / 10_000), Math.floor(key / 100) % 100, key % 100);
}

/** A day key as `YYYY-MM-DD`. @internal */
export function formatDayKey(key: number): string {
  // From the date, not the key's digits: a key from a Date past the year 9999 or before
  // the year 0 prints as that day, as it always has.
  const date = utcDayOfKey(key);
  return `${padded(date.getFullYear(), 4)}-${padded(date.getMonth() + 1, 2)}-${padded(date.getDate(), 2)}`;
}

/** A number with at least `length` digits, its sign before them. */
const padded = (value: number, length: number): string => (value < 0 ? "-" : "") + String(Math.abs(value)).padStart(length, "0");

/**
 * Every month from the month of one day key to the month of another, both included,
 * as `YYYY-MM`, oldest first; empty when `to` is before `from`. With `most`, only the
 * last `most` of them: the months before are never built (a dataset that dates one
 * statement in the year 1 would otherwise cost 24,000 months for a 12-month timeline).
 * @internal
 */
export function monthSeries(from: number, to: number, most = Infinity): string[] {
  if (to < from) return [];
  // Months counted from year 0, so that the first month kept is plain arithmetic.
  const monthNumber = (key: number) => Math.floor(key / 10_000) * 12 + (Math.floor(key / 100) % 100) - 1;
  const firstKept = Math.max(monthNumber(from), monthNumber(to) - most + 1);
  const start = utcDay(Math.floor(firstKept / 12), (firstKept % 12) + 1);
  return eachMonthOfInterval({ start, end: utcDayOfKey(to) }).map((month) => formatDayKey(keyOfUtcDay(month)).slice(0, 7));
}
