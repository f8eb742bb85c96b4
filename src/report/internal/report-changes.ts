import { dateEnd, dateStart } from "../../model/partial-date.js";
import type { Commitment, Participation } from "../../model/types.js";
import { asOfKey } from "../../internal/dates/day-key.js";
import { heldAsOf } from "../../internal/dates/held-as-of.js";
import { lookupsOf } from "../../internal/lookups.js";
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
      change.subject.kind === "coalition" ? participationChange(context, change, change.subject.coalition, since) : stanceChange(context, change, commitments),
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
 * `changesBetween` gives it, dated by the participations that changed (not the actor's
 * others in the coalition): a joining by the earliest start among them (its source's day
 * where the start is unknown), a leaving by the latest end.
 */
function participationChange(context: ReportContext, change: StanceChange, coalitionId: string, since: string): ReportChange {
  const { dataset, named, knownBy } = context;
  // changesBetween names only coalitions of the dataset, and actors among their participants.
  const coalition = dataset.coalitions.find((record) => record.id === coalitionId)!;
  const changed = participationsThatChanged(context, coalition.participants, change.actor, since);
  // A participation that stopped holding has an end date, and one that started holding
  // has a start date or a dated source: the rule that found the change reads them.
  const days =
    change.kind === "left"
      ? changed.map((participation) => dateStart(participation.to!)!)
      : changed.map((participation) => (dateEnd(participation.from) ?? knownBy(participation.sources))!);
  const date = change.kind === "left" ? days.sort().at(-1)! : days.sort()[0]!;
  const subject = `the coalition ${coalition.name}`;
  return { kind: change.kind, actor: named(change.actor), subject, statedBy: null, before: null, after: null, date, sources: change.sources };
}

/** The actor's participations that hold on one of the two days and not the other, by the rule `changesBetween` reads. */
function participationsThatChanged(context: ReportContext, participants: readonly Participation[], actor: string, since: string): Participation[] {
  const lookups = lookupsOf(context.dataset);
  const [first, second] = [asOfKey(since), asOfKey(context.asOf)];
  return participants.filter((participation) => {
    if (participation.actor !== actor) return false;
    const from = lookups.effectiveKey(participation.from, participation.sources);
    return heldAsOf(from, participation.to, first) !== heldAsOf(from, participation.to, second);
  });
}
