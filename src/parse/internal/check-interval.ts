import { dateEnd, dateStart, type DateOrUnknown } from "../../model/partial-date.js";
import type { PathSegment } from "../dataset-issue.js";
import type { IssueReport } from "./issue-sink.js";

/** Reports an interval that ends before it starts (`interval_reversed`, at its `to`). */
export function checkInterval(
  from: DateOrUnknown | undefined,
  to: DateOrUnknown | undefined,
  path: readonly PathSegment[],
  issues: IssueReport,
): void {
  if (from === undefined || to === undefined) return;
  const start = dateStart(from);
  const end = dateEnd(to);
  if (start !== undefined && end !== undefined && end < start) {
    issues.push({ code: "interval_reversed", path: [...path, "to"], message: `the interval ends (${to}) before it starts (${from})` });
  }
}
