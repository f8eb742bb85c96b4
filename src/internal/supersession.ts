// The statements standing as of a day, for the paths that read records one by one (the
// index's accessors answer alike for commitments): the rule of ./standing.ts, read from
// its per-dataset arrays.
import { locationKey } from "../model/location-key.js";
import type { Commitment, Dataset, Position } from "../model/types.js";
import { commitmentStanding, positionStanding, standsAsOf } from "./standing.js";

/** A commitment standing, with the day it counts as of and its location key (null for none). @internal */
export type InForce = [day: number, commitment: Commitment, place: string | null];

/**
 * The commitments standing as of a day key (withdrawn ones included: the reader checks
 * their stage), in the dataset's order.
 * @internal
 */
export function commitmentsInForce(dataset: Dataset, asOf: number): InForce[] {
  const standing = commitmentStanding(dataset);
  const result: InForce[] = [];
  dataset.commitments.forEach((commitment, i) => {
    if (!standsAsOf(standing, i, asOf)) return;
    result.push([standing.day[i] as number, commitment, commitment.location === undefined ? null : locationKey(commitment.location)]);
  });
  return result;
}

/**
 * The positions standing as of a day key, each with the day it counts as of, sorted by
 * id. `keep` picks the positions to consider.
 * @internal
 */
export function positionsInForce(dataset: Dataset, asOf: number, keep: (position: Position) => boolean = () => true): Position[] {
  const standing = positionStanding(dataset);
  return dataset.positions
    .filter((position, i) => keep(position) && standsAsOf(standing, i, asOf))
    .sort((a, b) => (a.id < b.id ? -1 : Number(a.id > b.id)));
}
