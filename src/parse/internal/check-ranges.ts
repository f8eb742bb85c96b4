// invalid_range: a figure's low end above its high end, or an approximate figure outside
// the bounds its source gives, in counts (coalitions' and events' participant counts,
// pledge counts) and in quantities.
import type { Claimed, Count } from "../../model/types.js";
import type { PathSegment } from "../dataset-issue.js";
import type { ValidRecords } from "./check-references.js";
import type { IssueReport } from "./issue-sink.js";

/** The figures of a count or a quantity that the check reads. */
interface Figures {
  readonly kind: string;
  readonly value?: number | undefined;
  readonly low?: number | undefined;
  readonly high?: number | undefined;
}

/**
 * Reports a low end above the high end, and an approximate figure outside the bounds
 * given beside it, at the figure's path.
 */
export function checkRange(figures: Figures, path: readonly PathSegment[], issues: IssueReport): void {
  const { kind, value, low, high } = figures;
  if (low !== undefined && high !== undefined && low > high) {
    issues.push({ code: "invalid_range", path: [...path, "high"], message: `the high figure (${high}) is below the low one (${low})` });
  }
  // Only an approximate figure has bounds beside its value: an exact one has none.
  if (kind !== "approximate" || value === undefined) return;
  if (low !== undefined && value < low) {
    issues.push({ code: "invalid_range", path: [...path, "value"], message: `the figure (${value}) is below its low bound (${low})` });
  }
  if (high !== undefined && value > high) {
    issues.push({ code: "invalid_range", path: [...path, "value"], message: `the figure (${value}) is above its high bound (${high})` });
  }
}

/** Checks the ranges of every count: coalitions' and events' participant counts, pledge counts. */
export function checkCountRanges(records: ValidRecords, issues: IssueReport): void {
  const claims = (count: Claimed<Count> | undefined, path: readonly PathSegment[]) =>
    count?.claims.forEach((claim, c) => checkRange(claim.value, [...path, "claims", c, "value"], issues));
  for (const { record, path } of records.coalitions) claims(record.participantCount, [...path, "participantCount"]);
  for (const { record, path } of records.events) claims(record.participantCount, [...path, "participantCount"]);
  for (const { record, path } of records.pledgeCounts) claims(record.count, [...path, "count"]);
}
