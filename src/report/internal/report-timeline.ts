import { indexCommitments } from "../../aggregate/index-commitments.js";
import { aggregateCommitments } from "../../aggregate/aggregate-commitments.js";
import { monthSeries } from "../../internal/dates/calendar.js";
import { dateEnd } from "../../model/partial-date.js";
import type { Stance } from "../../model/stance.js";
import type { ReportTimelineMonth } from "../types.js";
import type { ReportContext } from "./report-context.js";

/** The most months the timeline covers: the latest ones, ten years, when the span is longer. */
export const TIMELINE_MONTHS = 120;

const SERIES: Readonly<Record<Stance, "ready" | "open" | "refused" | undefined>> = {
  committed: "ready",
  ready: "ready",
  open: "open",
  undecided: undefined,
  opposed: "refused",
  refused: "refused",
};

/**
 * Statements in force ready (or committed), open, and opposed (or refused) at the end of
 * each month, from the month of the earliest statement to the report's day (whose month
 * is counted as of that day), the months through date-fns in UTC. Empty without a dated
 * statement before the report's day. @internal
 */
export function timelineOf(context: ReportContext): ReportTimelineMonth[] {
  const { dataset, asOf, knownBy } = context;
  let first: string | undefined;
  for (const commitment of dataset.commitments) {
    const day = dateEnd(commitment.date) ?? knownBy(commitment.sources);
    if (day !== undefined && (first === undefined || day < first)) first = day;
  }
  if (first === undefined || first > asOf) return [];
  const months = monthSeries(dayKey(first), dayKey(asOf), TIMELINE_MONTHS);
  const index = indexCommitments(dataset);
  return months.map((month, position) => {
    const day = position === months.length - 1 ? asOf : (dateEnd(month) as string);
    const counts = { ready: 0, open: 0, refused: 0 };
    for (const bucket of aggregateCommitments(index, { by: "stance", asOf: day }).buckets) {
      const series = SERIES[bucket.key as Stance];
      if (series !== undefined) counts[series] += bucket.pledges;
    }
    return { month, asOf: day, ...counts };
  });
}

function dayKey(day: string): number {
  return Number(day.replaceAll("-", ""));
}
