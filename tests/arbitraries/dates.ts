// Calendar arithmetic for the arbitraries, on integers alone: a `Date` would make the
// generated data depend on the time zone and map years 0-99 to 1900-1999.

/** A precision a dataset date can have, beside `"unknown"`. */
export type Precision = "day" | "month" | "year";

/** Every precision, finest first. */
export const PRECISIONS: readonly Precision[] = ["day", "month", "year"];

/**
 * The number of days from 1970-01-01 to a day of the proleptic Gregorian calendar
 * (H. Hinnant's `days_from_civil`).
 *
 * @example
 * ```ts
 * dayNumber(1970, 1, 1);
 * //=> 0
 * ```
 */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The `YYYY-MM-DD` of a day number (H. Hinnant's `civil_from_days`).
 *
 * @example
 * ```ts
 * isoDay(dayNumber(2024, 2, 29));
 * //=> "2024-02-29"
 * ```
 */
export function isoDay(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The day number of a `YYYY-MM-DD` string. */
export function dayOf(iso: string): number {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return dayNumber(year, month, day);
}

/** The first and last day a dataset date can name: 0000-01-01 and 9999-12-31. */
export const FIRST_DAY = dayNumber(0, 1, 1);
export const LAST_DAY = dayNumber(9999, 12, 31);

/** A day at the given precision: `"2025-03-13"`, `"2025-03"` or `"2025"`. */
export function truncateDay(iso: string, precision: Precision): string {
  return precision === "day" ? iso : precision === "month" ? iso.slice(0, 7) : iso.slice(0, 4);
}

/** The precision of a dataset date written as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function precisionOf(date: string): Precision {
  return date.length === 4 ? "year" : date.length === 7 ? "month" : "day";
}

/** Days that have broken date code before: leap days, the ends of the range, Samoa's skipped day. */
export const EDGE_DAYS: readonly number[] = [
  dayNumber(0, 1, 1),
  dayNumber(0, 2, 29),
  dayNumber(1900, 2, 28),
  dayNumber(1969, 12, 31),
  dayNumber(1970, 1, 1),
  dayNumber(2000, 2, 29),
  dayNumber(2011, 12, 29),
  dayNumber(2011, 12, 30),
  dayNumber(2011, 12, 31),
  dayNumber(2024, 2, 29),
  dayNumber(2025, 3, 13),
  dayNumber(2025, 12, 31),
  dayNumber(9999, 12, 31),
];
