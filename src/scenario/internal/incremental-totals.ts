// The totals of incremental answers, kept up to date: the base's totals (with its counts
// per type and actor) copied once, then moved offer by offer as answers move verdicts,
// in time proportional to the offers moved, never to the dataset. Figures are summed in
// another order than a cold evaluation sums them: the same for whole numbers (every
// count, and quantities below 2^53), perhaps not to the last bit for fractions.
import type { ScenarioTotal } from "../types.js";
import { T, U } from "./program.js";
import type { Selection } from "./select-offers.js";
import { addQuantities, rangesOf, totalsList, type TotalsState, type TypeSums } from "./totals.js";

/** Totals that move with the verdicts. @internal */
export interface LiveTotals {
  readonly selection: Selection;
  readonly state: TotalsState;
  /**
   * Per type and quantity key (`type index:key`), how many active offers add to it: a key
   * that none adds to any more is dropped, as a cold evaluation never lists it.
   */
  readonly contributors: Map<string, number>;
  /** The list, made again only after a move. */
  list: readonly ScenarioTotal[] | undefined;
}

/** A copy of the base's totals (`values` per commitment, `reported` the offers counted), to move. @internal */
export function liveTotals(selection: Selection, base: TotalsState, values: Uint8Array, reported: (i: number) => boolean): LiveTotals {
  const byType = base.byType.map(
    (sums): TypeSums => ({ ...sums, quantities: sums.quantities === undefined ? undefined : new Map([...sums.quantities].map(([key, sum]) => [key, { ...sum }])) }),
  );
  const live: LiveTotals = {
    selection,
    state: { actors: base.actors, byType, pairActive: new Map(base.pairActive), pairUndetermined: new Map(base.pairUndetermined) },
    contributors: new Map(),
    list: undefined,
  };
  for (let i = 0; i < values.length; i++) if (values[i] === T && reported(i)) countContributors(live, i, 1);
  return live;
}

function countContributors(live: LiveTotals, offer: number, sign: number): void {
  const { taxonomy, typeOf, dataset } = live.selection;
  const ranges = rangesOf(dataset.commitments[offer]!);
  for (const t of taxonomy.ancestors[typeOf[offer]!]!) {
    for (const range of ranges) {
      const key = `${t}:${range.key}`;
      const count = (live.contributors.get(key) ?? 0) + sign;
      live.contributors.set(key, count);
      if (count === 0) live.state.byType[t]!.quantities!.delete(range.key);
    }
  }
}

/** Moves a counted offer's value from `from` to `to` (F, U or T) in the totals. @internal */
export function moveTotals(live: LiveTotals, offer: number, from: number, to: number): void {
  const { state } = live;
  const { taxonomy, typeOf, actorOf, dataset } = live.selection;
  const ranges = rangesOf(dataset.commitments[offer]!);
  for (const t of taxonomy.ancestors[typeOf[offer]!]!) {
    const sums = state.byType[t]!;
    const key = t * state.actors + actorOf[offer]!;
    const activeBefore = state.pairActive.get(key) ?? 0;
    // An offer moves only from undetermined in the base, where it counts for its pair; every move keeps the pair.
    const undeterminedBefore = state.pairUndetermined.get(key)!;
    const active = activeBefore + (to === T ? 1 : 0) - (from === T ? 1 : 0);
    const undetermined = undeterminedBefore + (to === U ? 1 : 0) - (from === U ? 1 : 0);
    state.pairActive.set(key, active);
    state.pairUndetermined.set(key, undetermined);
    sums.activeCommitments += active - activeBefore;
    sums.undeterminedCommitments += undetermined - undeterminedBefore;
    if (from === T) addQuantities(sums, ranges, -1);
    if (to === T) addQuantities(sums, ranges, 1);
    sums.activeActors += (active > 0 ? 1 : 0) - (activeBefore > 0 ? 1 : 0);
    sums.undeterminedActors += (active === 0 && undetermined > 0 ? 1 : 0) - (activeBefore === 0 && undeterminedBefore > 0 ? 1 : 0);
  }
  if (from === T) countContributors(live, offer, -1);
  if (to === T) countContributors(live, offer, 1);
  live.list = undefined;
}

/** The totals as plain data, in taxonomy order, as evaluateScenario lists them. @internal */
export function liveTotalsList(live: LiveTotals): readonly ScenarioTotal[] {
  live.list ??= totalsList(live.selection, live.state);
  return live.list;
}
