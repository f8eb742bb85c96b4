// `supersedes`: each id names an earlier statement of the same collection and the same
// actor (for a pledge count, the same coalition). One that names nothing is an
// unknown_reference; one of another actor, the statement itself, or one that counts from
// a later day than the superseding statement, is invalid_supersedes.
import { dateEnd } from "../../model/partial-date.js";
import type { DateOrUnknown } from "../../model/partial-date.js";
import type { PathSegment, ReferenceKind } from "../dataset-issue.js";
import type { ValidRecords } from "./check-references.js";
import type { IssueReport } from "./issue-sink.js";
import type { IdSpace, RecordIndex, StatementFacts } from "./record-index.js";

/** The statement spaces `supersedes` works in: commitments, positions and pledge counts. */
export type StatementSpace = Extract<IdSpace, "commitment" | "position" | "pledge count">;

/** The key of a statement's facts in {@link RecordIndex.statements}. */
export function statementKey(space: StatementSpace, id: string): string {
  return `${space}\n${id}`;
}

/** Checks the `supersedes` of every valid commitment, position and pledge count. */
export function checkSupersedes(records: ValidRecords, index: RecordIndex, issues: IssueReport): void {
  const check = (space: StatementSpace, record: Statement, path: readonly PathSegment[]) =>
    record.supersedes?.forEach((target, t) => checkOne(index, issues, { space, record, target, path: [...path, "supersedes", t] }));
  for (const { record, path } of records.commitments) check("commitment", record, path);
  for (const { record, path } of records.positions) check("position", record, path);
  for (const { record, path } of records.pledgeCounts) check("pledge count", { ...record, actor: record.coalition ?? "" }, path);
}

/** A statement that supersedes others, with its actor (a pledge count's coalition). */
interface Statement extends StatementFacts {
  readonly id: string;
  readonly supersedes?: readonly string[] | undefined;
}

interface Superseding {
  readonly space: StatementSpace;
  readonly record: Statement;
  readonly target: string;
  readonly path: readonly PathSegment[];
}

function checkOne(index: RecordIndex, issues: IssueReport, { space, record, target, path }: Superseding): void {
  const invalid = (message: string) => issues.push({ code: "invalid_supersedes", path, message });
  const facts = index.statements.get(statementKey(space, target));
  if (facts === undefined) {
    // Declared by a record that failed its schema: that record's issue says what is wrong.
    if (index.has(space, target)) return;
    const expected: ReferenceKind = space;
    issues.push({ code: "unknown_reference", path, id: target, expected, message: `no ${space} has the id ${JSON.stringify(target)}` });
  } else if (target === record.id) {
    invalid(`a ${space} cannot supersede itself`);
  } else if (facts.actor !== record.actor) {
    const whose = space === "pledge count" ? "coalition" : "actor";
    invalid(`${JSON.stringify(target)} is a ${space} of the ${whose} ${JSON.stringify(facts.actor)}, not of ${JSON.stringify(record.actor)}`);
  } else {
    const mine = countsFrom(record, index);
    const theirs = countsFrom(facts, index);
    if (mine !== undefined && theirs !== undefined && theirs > mine) {
      invalid(`${JSON.stringify(target)} counts from ${theirs}, after this ${space} (${mine}): only an earlier statement can be superseded`);
    }
  }
}

/**
 * The day a statement counts from: the last day of its date, or for "unknown" the last
 * day of its earliest source's date; undefined where nothing dates it.
 */
function countsFrom(facts: StatementFacts, index: RecordIndex): string | undefined {
  if (facts.date !== "unknown") return dateEnd(facts.date);
  let earliest: string | undefined;
  for (const source of facts.sources) {
    const end = dateEnd(index.sources.get(source)?.date ?? ("unknown" as DateOrUnknown));
    if (end !== undefined && (earliest === undefined || end < earliest)) earliest = end;
  }
  return earliest;
}
