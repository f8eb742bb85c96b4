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
    changes: changes.map((change) =>
      change.subject.kind === "coalition" ? participationChange(context, change, change.subject.coalition) : stanceChange(context, change, commitments),
    ),
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
    const { proposal } = change.subject as { readonly proposal: string };
    // The parser refuses a position on a proposal the dataset does not list.
    subject = `the proposal "${dataset.proposals.find((record) => record.id === proposal)!.title}"`;
  }
  return {
    kind: change.kind,
    actor: named(change.actor),
    subject,
    statedBy: either.institution === null ? null : speakerName({ institution: either.institution, ...(either.person === null ? {} : { person: either.person }) }),
    before: change.before?.stance ?? null,
    after: change.after?.stance ?? null,
    date: change.after?.inForceFrom ?? null,
    sources: change.sources,
  };
}

/**
 * A participation that began (joined) or ended (left) between the two days, as
 * `changesBetween` gives it, dated by the participation's own dates where it has them.
 */
function participationChange(context: ReportContext, change: StanceChange, coalitionId: string): ReportChange {
  const { dataset, named, knownBy } = context;
  // changesBetween names only coalitions of the dataset, and actors among their participants.
  const coalition = dataset.coalitions.find((record) => record.id === coalitionId)!;
  const participation = coalition.participants.find((record) => record.actor === change.actor)!;
  const joinedOn = dateEnd(participation.from) ?? knownBy(participation.sources);
  const leftOn = participation.to === undefined ? undefined : dateStart(participation.to);
  const date = (change.kind === "left" ? leftOn : joinedOn) ?? null;
  const subject = `the coalition ${coalition.name}`;
  return { kind: change.kind, actor: named(change.actor), subject, statedBy: null, before: null, after: null, date, sources: change.sources };
}
