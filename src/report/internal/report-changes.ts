import type { Commitment } from "../../model/types.js";
import { changesBetween, type StanceChange } from "../../query/changes-between.js";
import type { ReportChange, ReportChanges } from "../types.js";
import { typeLabel, type ReportContext } from "./report-context.js";

/**
 * What changed from the end of `since` to the report's day, as `changesBetween` gives it
 * (stances new, strengthened, weakened, withdrawn; participations joined and left), each
 * change in words with its sources. @internal
 */
export function changesSince(context: ReportContext, since: string): ReportChanges {
  const { changes } = changesBetween(context.dataset, { from: since, to: context.asOf });
  const commitments = new Map(context.dataset.commitments.map((commitment) => [commitment.id, commitment]));
  return { since, to: context.asOf, changes: changes.map((change) => reportChange(context, change, commitments)) };
}

function reportChange(context: ReportContext, change: StanceChange, commitments: ReadonlyMap<string, Commitment>): ReportChange {
  const { dataset, named, namer, taxonomy, speakerName } = context;
  const either = change.after ?? change.before;
  let subject: string;
  if (change.subject.kind === "coalition") subject = `the coalition ${namer.coalition(change.subject.coalition)}`;
  else if (change.subject.kind === "contribution") {
    subject = `${typeLabel(taxonomy, change.subject.type)}${namer.location(either === null ? undefined : commitments.get(either.id)?.location)}`;
  } else {
    const { proposal } = change.subject;
    subject = `the proposal "${dataset.proposals.find((record) => record.id === proposal)?.title ?? proposal}"`;
  }
  const speaker = either === null || either.institution === null ? null : { institution: either.institution, ...(either.person === null ? {} : { person: either.person }) };
  return {
    kind: change.kind,
    actor: named(change.actor),
    subject,
    statedBy: speaker === null ? null : speakerName(speaker),
    before: change.before?.stance ?? null,
    after: change.after?.stance ?? null,
    date: change.after?.inForceFrom ?? null,
    sources: change.sources,
  };
}
