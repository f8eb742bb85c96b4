// Which statement is in force as of a day, for the paths that read records one by one
// (the index's timelines, ./index/timelines.ts, answer alike for commitments): per
// timeline, the latest statement on or before the day; of two that count as of the same
// day, the greater id, so that the dataset's order never changes an answer.
import { locationKey } from "../model/location-key.js";
import type { Commitment, Dataset, Position } from "../model/types.js";
import { lookupsOf, type Lookups } from "./lookups.js";

/** Whether a statement counted as of `day` with id `id` replaces the one held (`heldDay`, `heldId`). @internal */
export function supersedes(day: number, id: string, heldDay: number, heldId: string): boolean {
  return day > heldDay || (day === heldDay && id > heldId);
}

/** A commitment in force, with the day it counts as of and its location key (null for none). @internal */
export type InForce = [day: number, commitment: Commitment, place: string | null];

/**
 * The commitments in force as of a day key, one per timeline (actor, type, location,
 * speaking institution), in the order their timelines first appear in the dataset.
 * @internal
 */
export function commitmentsInForce(dataset: Dataset, lookups: Lookups, asOf: number): IterableIterator<InForce> {
  // Institution ids hold no line break, so the last one in a key ends its location.
  const inForce = new Map<string, InForce>();
  for (const commitment of dataset.commitments) {
    const { actor, type, location, statedBy, date, sources, id } = commitment;
    const day = lookups.effectiveKey(date, sources);
    if (day > asOf) continue;
    const place = location === undefined ? null : locationKey(location);
    const timeline = `${actor}\n${type}\n${place ?? ""}\n${statedBy?.institution ?? ""}`;
    const held = inForce.get(timeline);
    if (held === undefined || supersedes(day, id, held[0], held[1].id)) inForce.set(timeline, [day, commitment, place]);
  }
  return inForce.values();
}

/**
 * The positions in force as of a day key: per actor, proposal and speaking institution,
 * the latest on or before it; sorted by id. `keep` picks the positions to consider.
 * @internal
 */
export function positionsInForce(dataset: Dataset, asOf: number, keep: (position: Position) => boolean = () => true): Position[] {
  const lookups = lookupsOf(dataset);
  const latest = new Map<string, { position: Position; day: number }>();
  for (const position of dataset.positions) {
    if (!keep(position)) continue;
    const day = lookups.effectiveKey(position.date, position.sources);
    if (day > asOf) continue;
    const key = JSON.stringify([position.actor, position.proposal, position.statedBy?.institution ?? null]);
    const held = latest.get(key);
    if (held === undefined || supersedes(day, position.id, held.day, held.position.id)) latest.set(key, { position, day });
  }
  return [...latest.values()].map((entry) => entry.position).sort((a, b) => (a.id < b.id ? -1 : Number(a.id > b.id)));
}
