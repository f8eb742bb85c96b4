// The references of pledge counts: the coalition, the type and location, the condition,
// the speaker, the sources of each count claim, and the actors named among the counted
// or known not to be. (Their phrase and date are checked with the statements' rules,
// their figures with the ranges.)
import { referenceChecker, type ValidRecords } from "./check-references.js";
import type { IssueReport } from "./issue-sink.js";
import type { RecordIndex } from "./record-index.js";

/** Checks every reference of every valid pledge count. */
export function checkPledgeCountReferences(records: ValidRecords, index: RecordIndex, issues: IssueReport): void {
  const ref = referenceChecker(index, issues);
  for (const { record, path } of records.pledgeCounts) {
    if (record.coalition !== undefined) ref.actor(record.coalition, [...path, "coalition"], ["coalition"]);
    ref.type(record.type, [...path, "type"]);
    if (record.location !== undefined) ref.location(record.location, [...path, "location"]);
    if (record.condition !== undefined) ref.condition(record.condition, [...path, "condition"]);
    if (record.statedBy !== undefined) ref.speaker(record.statedBy, undefined, [...path, "statedBy"]);
    record.count.claims.forEach((claim, c) => ref.sources(claim.sources, [...path, "count", "claims", c]));
    for (const list of ["members", "notAmong"] as const) {
      record[list]?.forEach((named, n) => {
        ref.actor(named.actor, [...path, list, n, "actor"], ["state", "organization"]);
        ref.sources(named.sources, [...path, list, n]);
      });
    }
    ref.sources(record.sources, path);
  }
}
