/**
 * The option every query and the aggregation share: the day to answer as of.
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
}
