/**
 * The options every query and the aggregation share: the day to answer as of, and the
 * day the answer is as known on.
 *
 * @category Queries
 */
export interface AsOfOptions {
  /**
   * The day to answer as of: a day (`"2025-03-13"`), a month or a year, which counts as
   * of its last day (`"2025-03"` as of 31 March), or a `Date`, read as its local calendar
   * day. The latest records when absent.
   */
  readonly asOf?: string | Date;
  /**
   * Answer as known on this day (a day, month or year, read as of its end; or a `Date`):
   * only what the sources had published by then counts. A record, a claim, a membership
   * or a participation counts when one of its sources is dated on or before it (a month
   * or a year at its end), and only those sources are cited. Everything on record when absent.
   */
  readonly knownAsOf?: string | Date;
}
