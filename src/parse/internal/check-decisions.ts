// The references of what model v2 adds to statements and plans: the sources of a
// decision's vote tallies, and the conditions of proposals and of positions.
import type { ValidRecords } from "./check-references.js";
import { referenceChecker } from "./check-references.js";
import type { IssueReport } from "./issue-sink.js";
import type { RecordIndex } from "./record-index.js";

/** Checks the vote claims' sources of commitments and positions, and the conditions of proposals and positions. */
export function checkDecisionReferences(records: ValidRecords, index: RecordIndex, issues: IssueReport): void {
  const ref = referenceChecker(index, issues);
  for (const collection of [records.commitments, records.positions]) {
    for (const { record, path } of collection) {
      record.vote?.claims.forEach((claim, c) => ref.sources(claim.sources, [...path, "vote", "claims", c]));
    }
  }
  for (const collection of [records.proposals, records.positions]) {
    for (const { record, path } of collection) {
      if (record.condition !== undefined) ref.condition(record.condition, [...path, "condition"]);
    }
  }
}
