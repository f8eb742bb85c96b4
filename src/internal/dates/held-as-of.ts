import { boundKey } from "./day-key.js";

/**
 * Whether an interval holds as of a day key: it started by then (`fromKey`, the end of
 * its start date, or its earliest source's date for "unknown") and had not ended (`to`
 * is exclusive, and one of month or year precision ends at its start: it is not known
 * to hold through it). Without an as-of day (NO_DAY), only open intervals hold.
 * @internal
 */
export function heldAsOf(fromKey: number, to: string | undefined, asOf: number): boolean {
  return fromKey <= asOf && (to === undefined || asOf < boundKey(to, false));
}
