import { dateEnd, dateStart } from "../../model/partial-date.js";
import type { Commitment } from "../../model/types.js";
import { changesBetween, type StanceChange } from "../../query/changes-between.js";
import type { ReportChange, ReportChanges } from "../types.js";
import { typeLabel, type ReportContext } from "./report-context.js";

/**
 * What changed from the end of `since` to the report's day: the stance changes as
 * `changesBetween` gives them, and the participations that began (joined) or ended
 * (left) in between, each with the sources of the record. @internal
 */
export function changesSince(context: ReportContext, since: string): ReportChanges {
  const { changes } = changesBetween(context.dataset, { from: since, to: context.asOf });
  const commitments = new Map(context.dataset.commitments.map((commitment) => [commitment.id, commitment]));
  return {
    since,
    to: context.asOf,
    changes: [...participationChanges(context, since), ...changes.map((change) => stanceChange(context, change, commitments))],
  };
}

function stanceChange(context: ReportContext, change: StanceChange, commitments: ReadonlyMap<string, Commitment>): ReportChange {
  const { dataset, named, namer, taxonomy, speakerName } = context;
  // One of the two is there: a change has a statement before it, after it, or both.
  const either = (change.after ?? change.before)!;
  let subject: string;
  if (change.subject.kind === "contribution") {
    subject = `${typeLabel(taxonomy, change.subject.type)}${namer.location(commitments.get(either.id)?.location)}`;
  } else {
    const { proposal } = change.subject;
    subject = `the proposal "${dataset.proposals.find((record) => record.id === proposal)?.title ?? proposal}"`;
  }
  return {
    kind: change.kind,
    actor: named(change.actor),
    subject,
    statedBy: either.institution === null ? null : speakerName({ institution: either.institution, ...(either.person === null ? {} : { person: either.person }) }),
    before: change.before?.stance ?? null,
    after: change.after?.stance ?? null,
    date: change.after?.inForceFrom ?? null,
    sources: either.sources,
  };
}

/**
 * The participations that began or ended after `since` and by the report's day. Kept
 * here until `changesBetween` reports joining and leaving itself; then this reads them
 * from there.
 */
function participationChanges(context: ReportContext, since: string): ReportChange[] {
  const { dataset, asOf, named, knownBy } = context;
  const from = dateEnd(since) as string;
  const out: ReportChange[] = [];
  const inWindow = (day: string | undefined): day is string => day !== undefined && day > from && day <= asOf;
  for (const coalition of dataset.coalitions) {
    for (const participation of coalition.participants) {
      const base = { actor: named(participation.actor), subject: `the coalition ${coalition.name}`, statedBy: null, before: null, after: null, sources: participation.sources };
      const joined = dateEnd(participation.from) ?? knownBy(participation.sources);
      if (inWindow(joined)) out.push({ kind: "joined", ...base, date: joined });
      const left = participation.to === undefined ? undefined : dateStart(participation.to);
      if (inWindow(left)) out.push({ kind: "left", ...base, date: left });
    }
  }
  return out;
}
