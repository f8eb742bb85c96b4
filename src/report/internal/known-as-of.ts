import type { Claimed, Coalition, Commitment, Dataset } from "../../model/types.js";
import { knownByOf } from "./report-context.js";

/**
 * The dataset as a reader could know it on `day`: only the records, claims and dated
 * entries whose earliest source was published by then. The report reads every answer
 * (queries, aggregation, scenario) from this dataset, so nothing published later leaks
 * back into it.
 *
 * THE ONE PLACE the report applies `knownAsOf`. The main entry's `AsOfOptions` has no
 * `knownAsOf` yet; once the queries, the aggregation and the scenario take it, pass the
 * day on to them instead and drop this restriction.
 * @internal
 */
export function datasetKnownAsOf(dataset: Dataset, day: string): Dataset {
  const knownBy = knownByOf(dataset);
  // A record whose sources carry no known day counts as known (the empty string sorts first).
  const known = <T extends { readonly sources: readonly string[] }>(records: readonly T[]): T[] =>
    records.filter((record) => (knownBy(record.sources) ?? "") <= day);
  const claims = <T>(claimed: Claimed<T> | undefined): Claimed<T> | undefined => {
    const kept = claimed === undefined ? [] : known(claimed.claims);
    return kept.length === 0 ? undefined : { claims: kept };
  };
  const commitment = (record: Commitment): Commitment => {
    const { quantity, fulfilment, vote, ...rest } = record;
    const out = { ...rest, quantity: claims(quantity), fulfilment: known(fulfilment ?? []), vote: claims(vote) };
    return out;
  };
  const coalition = (record: Coalition): Coalition => ({
    ...record,
    participants: known(record.participants),
    participantCount: claims(record.participantCount),
    sought: known(record.sought ?? []),
    subgroups: known(record.subgroups ?? []),
    bodies: known(record.bodies ?? []).map((body) => ({ ...body, sites: known(body.sites ?? []), leads: known(body.leads ?? []) })),
  });
  return {
    ...dataset,
    coalitions: dataset.coalitions.map(coalition),
    commitments: known(dataset.commitments).map(commitment),
    positions: known(dataset.positions),
    events: known(dataset.events).map((event) => ({ ...event, participantCount: claims(event.participantCount) })),
    pledgeCounts: known(dataset.pledgeCounts).flatMap((pledge) => {
      const count = claims(pledge.count);
      return count === undefined ? [] : [{ ...pledge, count }];
    }),
  };
}
