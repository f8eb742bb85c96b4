// Readings, both: what the known facts leave open because offers wait on one another,
// read two ways. Takes the graph solved to the three-valued fixed point (propagate.ts);
// gives per retained offer its cautious value (no one moves first) and its coordinated
// one (all move together). Uses the same worklist, on copies of the target and counter
// counts: the graph's own values are left as they are.
import type { Graph } from "./graph.js";
import { F, T, U, type View } from "./program.js";
import { bumpTarget, changeTarget, dequeue, enqueue, offerValue, orOf } from "./propagate.js";

/** The readings of mutual dependencies, per retained offer: `lo` cautious, `hi` coordinated. @internal */
export interface Readings {
  readonly lo: Uint8Array;
  readonly hi: Uint8Array;
  /** What a program reads in each reading (the graph's tables where the readings are the verdict): for conditions that are no offer's. */
  readonly loView: View;
  readonly hiView: View;
}

/**
 * Both readings of what the known facts leave open. Every offer the Kleene fixed
 * point leaves unknown starts false in the cautious reading `lo` and true in the
 * coordinated one `hi` (an unknown fact stays unknown in both), and both are iterated
 * to their fixed point: `lo` only rises and `hi` only falls, so each offer changes
 * at most twice in each. Under a `not`, one reading reads the other
 * (`lo(not x) = not hi(x)`), which keeps `lo <= hi` everywhere; without negation
 * they are the least and the greatest fixed points. Only retained offers can be
 * unknown, so only they are looked at.
 * @internal
 */
export function solveReadings(graph: Graph): Readings {
  const { nRetained, nTargets, nCounters, val, retainedOffer, tables } = graph;
  const lo = new Uint8Array(nRetained);
  const hi = new Uint8Array(nRetained);
  // With no unknown target and no counter, what is unknown waits on facts alone, which
  // stay unknown in both readings: both are the verdict.
  const alone = nCounters === 0 && !tables.posTargets.subarray(0, nTargets).includes(U);
  let open = 0;
  for (let r = 0; r < nRetained; r++) {
    const value = val[retainedOffer[r]!]!;
    lo[r] = value === U && !alone ? F : value;
    hi[r] = value === U && !alone ? T : value;
    if (value === U) open++;
  }
  // Nothing waits on another offer: every target and counter is as the verdict has it.
  if (open === 0 || alone) return { lo, hi, loView: tables, hiView: tables };
  const bounds = openBounds(graph);
  propagateReadings(graph, lo, hi, bounds);
  return { lo, hi, loView: bounds.loView, hiView: bounds.hiView };
}

/** The two views of the targets and counters the readings read, with the counts of each target's members per reading. */
interface Bounds {
  readonly loView: View;
  readonly hiView: View;
  readonly loTrue: Int32Array;
  readonly loOpen: Int32Array;
  readonly hiTrue: Int32Array;
  readonly hiOpen: Int32Array;
}

/**
 * What the Kleene fixed point leaves unknown, as a start: a target none of whose members
 * holds, with some unknown (all of them open), is false in `lo`, true in `hi`; a
 * counter's unknown targets likewise.
 */
function openBounds(graph: Graph): Bounds {
  const { nTargets, nCounters, targetOpen, tables } = graph;
  const targetVal = tables.posTargets;
  const tlo = targetVal.slice(0, nTargets);
  const thi = targetVal.slice(0, nTargets);
  for (let target = 0; target < nTargets; target++) {
    if (targetVal[target] !== U) continue;
    tlo[target] = F;
    thi[target] = T;
  }
  const { counterSize, posTrue, posFalse } = tables;
  const cloTrue = posTrue.slice(0, nCounters);
  const cloFalse = posFalse.slice(0, nCounters);
  const chiTrue = posTrue.slice(0, nCounters);
  const chiFalse = posFalse.slice(0, nCounters);
  for (let counter = 0; counter < nCounters; counter++) {
    const unknown = counterSize[counter]! - posTrue[counter]! - posFalse[counter]!;
    cloFalse[counter]! += unknown;
    chiTrue[counter]! += unknown;
  }
  return {
    loView: { facts: tables.facts, posTargets: tlo, posTrue: cloTrue, posFalse: cloFalse, negTargets: thi, negTrue: chiTrue, negFalse: chiFalse },
    hiView: { facts: tables.facts, posTargets: thi, posTrue: chiTrue, posFalse: chiFalse, negTargets: tlo, negTrue: cloTrue, negFalse: cloFalse },
    loTrue: new Int32Array(nTargets),
    loOpen: new Int32Array(nTargets),
    hiTrue: targetOpen.slice(0, nTargets),
    hiOpen: targetOpen.slice(0, nTargets),
  };
}

/** The worklist: raises `lo` and lowers `hi` of the open offers until neither moves, carrying each change to the targets it feeds. */
function propagateReadings(graph: Graph, lo: Uint8Array, hi: Uint8Array, bounds: Bounds): void {
  const { nRetained, val, retainedOffer, feedHead, feedNext, feedTarget, tables, work, stack } = graph;
  const targetVal = tables.posTargets;
  const { loView, hiView, loTrue, loOpen, hiTrue, hiOpen } = bounds;
  for (let r = 0; r < nRetained; r++) if (val[retainedOffer[r]!] === U) enqueue(work, r);
  for (let r = dequeue(work); r >= 0; r = dequeue(work)) {
    const nextLo = offerValue(graph, r, loView, stack);
    const nextHi = offerValue(graph, r, hiView, stack);
    // The operator is monotone, so lo only rises and hi only falls; comparing so
    // makes termination (at most two changes each) hold by construction too.
    const oldLo = lo[r]!;
    const oldHi = hi[r]!;
    if (nextLo > oldLo) lo[r] = nextLo;
    if (nextHi < oldHi) hi[r] = nextHi;
    if (nextLo <= oldLo && nextHi >= oldHi) continue;
    for (let e = feedHead[retainedOffer[r]!]!; e >= 0; e = feedNext[e]!) {
      const target = feedTarget[e]!;
      if (targetVal[target] !== U) continue;
      if (nextLo > oldLo) {
        bumpTarget(loTrue, loOpen, target, oldLo, nextLo);
        const value = orOf(loTrue, loOpen, target);
        if (value > loView.posTargets[target]!) changeTarget(graph, work, target, value, loView.posTargets, loView.posTrue, loView.posFalse);
      }
      if (nextHi < oldHi) {
        bumpTarget(hiTrue, hiOpen, target, oldHi, nextHi);
        const value = orOf(hiTrue, hiOpen, target);
        if (value < hiView.posTargets[target]!) changeTarget(graph, work, target, value, hiView.posTargets, hiView.posTrue, hiView.posFalse);
      }
    }
  }
}
