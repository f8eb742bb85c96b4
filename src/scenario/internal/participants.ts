// Who takes part in each coalition on the selection's day, for thresholds that count
// "other participants of" a coalition.
import { dateStart } from "../../model/partial-date.js";
import { effectiveDate, sourceEndDates, type Selection } from "./select-offers.js";

/**
 * Each coalition's participants as of the selection's day: joined on or before it (an
 * "unknown" start counts as of the earliest source) and not left by then (`to` is
 * exclusive). Without a day, those who have not left.
 * @internal
 */
export function participantsAsOf(selection: Selection): Map<string, string[]> {
  const { dataset, asOf } = selection;
  const sourceDates = sourceEndDates(dataset);
  const cache = new Map<string, string>();
  const result = new Map<string, string[]>();
  for (const coalition of dataset.coalitions) {
    const actors = new Set<string>();
    for (const participation of coalition.participants) {
      if (asOf === undefined) {
        if (participation.to === undefined) actors.add(participation.actor);
        continue;
      }
      const from = effectiveDate(participation.from, participation.sources, sourceDates, cache);
      if (from > asOf) continue;
      if (participation.to !== undefined && (dateStart(participation.to) ?? "") <= asOf) continue;
      actors.add(participation.actor);
    }
    result.set(coalition.id, [...actors]);
  }
  return result;
}
