// Three-valued propagation over the kept programs. A worklist of retained offers
// replaces recursion: an offer is evaluated again when something it reads is decided;
// targets keep counts of their offers, and counters of their targets, so a change
// costs O(1) per reader. No depth of condition or length of dependency chain can
// overflow the stack.
import type { Graph } from "./graph.js";
import { F, runProgram, T, U, type View } from "./program.js";

/** A queue of retained offers, each in it at most once. @internal */
export interface Worklist {
  readonly queue: Int32Array;
  readonly queued: Uint8Array;
  head: number;
  tail: number;
}

function enqueue(work: Worklist, r: number): void {
  if (work.queued[r] === 1) return;
  work.queued[r] = 1;
  work.queue[work.tail] = r;
  work.tail = work.tail + 1 === work.queue.length ? 0 : work.tail + 1;
}

function dequeue(work: Worklist): number {
  if (work.head === work.tail) return -1;
  const r = work.queue[work.head]!;
  work.head = work.head + 1 === work.queue.length ? 0 : work.head + 1;
  work.queued[r] = 0;
  return r;
}

/** Which of the thresholds around N a counter's counts are past; a threshold slot can only change when this does. */
function signature(size: number, countTrue: number, countFalse: number, count: number): number {
  const possible = size - countFalse;
  return (countTrue >= count ? 1 : 0) | (countTrue >= count + 1 ? 2 : 0) | (possible < count ? 4 : 0) | (possible < count + 1 ? 8 : 0);
}

/** Moves one member from `old` to `value` in counts of members true and members not false. */
function bumpTarget(countTrue: Int32Array, countOpen: Int32Array, target: number, old: number, value: number): void {
  if (old === T) countTrue[target]!--;
  else if (old === F) countOpen[target]!++;
  if (value === T) countTrue[target]!++;
  else if (value === F) countOpen[target]!--;
}

/** Moves one target from `old` to `value` in counts of targets true and targets false. */
function bumpCounter(countTrue: Int32Array, countFalse: Int32Array, counter: number, old: number, value: number): void {
  if (old === T) countTrue[counter]!--;
  else if (old === F) countFalse[counter]!--;
  if (value === T) countTrue[counter]!++;
  else if (value === F) countFalse[counter]!++;
}

/** A target's value from its counts: true when a member holds, false when all fail. */
function orOf(countTrue: Int32Array, countOpen: Int32Array, target: number): number {
  return countTrue[target]! > 0 ? T : countOpen[target] === 0 ? F : U;
}

/** A retained offer's value under `view`: its own program and its coalition's, both needed. @internal */
export function offerValue(graph: Graph, r: number, view: View, stack: Uint8Array): number {
  let value = T;
  const start = graph.retainedStart[r]!;
  const end = graph.retainedEnd[r]!;
  const { tables } = graph;
  if (end > start) value = runProgram(graph.code.data, start, end, view, tables, stack);
  const program = graph.offerCoalition?.[graph.retainedOffer[r]!] ?? -1;
  if (program >= 0 && value !== F) {
    const shared = graph.coalitionPrograms[program]!;
    const other = runProgram(graph.sharedCode, shared.start, shared.end, view, tables, stack);
    if (other < value) value = other;
  }
  return value;
}

/** Enqueues the retained offers still unknown among `items[start[row] … start[row+1]]`. */
function enqueueReaders(graph: Graph, work: Worklist, start: readonly number[], items: readonly number[], row: number): void {
  const { val, retainedOffer } = graph;
  for (let e = start[row]!, end = start[row + 1]!; e < end; e++) {
    const r = items[e]!;
    if (val[retainedOffer[r]!] === U) enqueue(work, r);
  }
}

/**
 * Changes a target's value in `targets`, with the counts of its counters, and
 * enqueues the offers that read it or a counter whose thresholds it moves.
 */
function changeTarget(
  graph: Graph,
  work: Worklist,
  target: number,
  value: number,
  targets: Uint8Array,
  countTrue: Int32Array,
  countFalse: Int32Array,
): void {
  const old = targets[target]!;
  targets[target] = value;
  const { targetReaders, counterReaders, targetCounterHead, targetCounterNext, targetCounterItem } = graph;
  const { counterSize, counterCount } = graph.tables;
  enqueueReaders(graph, work, targetReaders.start, targetReaders.items, target);
  for (let e = targetCounterHead[target]!; e >= 0; e = targetCounterNext[e]!) {
    const counter = targetCounterItem[e]!;
    const before = signature(counterSize[counter]!, countTrue[counter]!, countFalse[counter]!, counterCount[counter]!);
    bumpCounter(countTrue, countFalse, counter, old, value);
    if (signature(counterSize[counter]!, countTrue[counter]!, countFalse[counter]!, counterCount[counter]!) !== before) {
      enqueueReaders(graph, work, counterReaders.start, counterReaders.items, counter);
    }
  }
}

/**
 * Decides an offer (unknown until now) and propagates to the targets it feeds; what
 * changes is appended to `trail`: commitments as their index, targets after them.
 */
function setOffer(graph: Graph, work: Worklist, offer: number, value: number, trail?: number[]): void {
  const { val, feedHead, feedNext, feedTarget, targetTrue, targetOpen, tables } = graph;
  val[offer] = value;
  trail?.push(offer);
  const n = val.length;
  for (let e = feedHead[offer]!; e >= 0; e = feedNext[e]!) {
    const target = feedTarget[e]!;
    bumpTarget(targetTrue, targetOpen, target, U, value);
    if (tables.posTargets[target] !== U) continue;
    const next = orOf(targetTrue, targetOpen, target);
    if (next === U) continue;
    trail?.push(n + target);
    changeTarget(graph, work, target, next, tables.posTargets, tables.posTrue, tables.posFalse);
  }
}

/**
 * Evaluates the queued offers until nothing changes: the three-valued fixed point
 * that the known facts force. Values only go from unknown to true or false, once.
 * @internal
 */
export function drain(graph: Graph, work: Worklist, trail?: number[]): void {
  const { retainedOffer, tables, stack } = graph;
  for (let r = dequeue(work); r >= 0; r = dequeue(work)) {
    // Only unknown offers are enqueued, and an offer is decided only here.
    const value = offerValue(graph, r, tables, stack);
    if (value !== U) setOffer(graph, work, retainedOffer[r]!, value, trail);
  }
}

/** Per fact slot, the retained offers that read it. @internal */
export interface FactReaders {
  readonly start: readonly number[];
  readonly items: readonly number[];
}

/**
 * Sets fact slots (unknown until now) and propagates: what changes is appended to
 * `trail` (commitments as their index, targets after them, fact slots after those)
 * for {@link undoKleene}. Setting facts only adds information, so values only go
 * from unknown to true or false.
 * @internal
 */
export function extendKleene(graph: Graph, readers: FactReaders, changes: readonly (readonly [number, number])[], trail: number[]): void {
  const facts = graph.tables.facts;
  const offset = graph.val.length + graph.nTargets;
  for (const [slot, value] of changes) {
    facts[slot] = value;
    trail.push(offset + slot);
    enqueueReaders(graph, graph.work, readers.start, readers.items, slot);
  }
  drain(graph, graph.work, trail);
}

/** Puts back everything on `trail` to unknown, with the counts it fed. @internal */
export function undoKleene(graph: Graph, trail: readonly number[]): void {
  const { val, nTargets, feedHead, feedNext, feedTarget, targetTrue, targetOpen, targetCounterHead, targetCounterNext, targetCounterItem, tables } = graph;
  const n = val.length;
  for (let k = trail.length - 1; k >= 0; k--) {
    const entry = trail[k]!;
    if (entry < n) {
      const value = val[entry]!;
      for (let e = feedHead[entry]!; e >= 0; e = feedNext[e]!) bumpTarget(targetTrue, targetOpen, feedTarget[e]!, value, U);
      val[entry] = U;
    } else if (entry < n + nTargets) {
      const target = entry - n;
      const value = tables.posTargets[target]!;
      for (let e = targetCounterHead[target]!; e >= 0; e = targetCounterNext[e]!) {
        bumpCounter(tables.posTrue, tables.posFalse, targetCounterItem[e]!, value, U);
      }
      tables.posTargets[target] = U;
    } else {
      tables.facts[entry - n - nTargets] = U;
    }
  }
}

/** The readings of mutual dependencies, per retained offer: `lo` cautious, `hi` coordinated. @internal */
export interface Readings {
  readonly lo: Uint8Array;
  readonly hi: Uint8Array;
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
  const { nRetained, nTargets, nCounters, val, retainedOffer, feedHead, feedNext, feedTarget, targetOpen, tables, work, stack } = graph;
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
  if (open === 0 || alone) return { lo, hi };

  // What the Kleene fixed point leaves unknown: a target none of whose members holds,
  // with some unknown (all of them in `open`): false in `lo`, true in `hi`.
  const targetVal = tables.posTargets;
  const loTrue = new Int32Array(nTargets);
  const loOpen = new Int32Array(nTargets);
  const hiTrue = targetOpen.slice(0, nTargets);
  const hiOpen = targetOpen.slice(0, nTargets);
  const tlo = targetVal.slice(0, nTargets);
  const thi = targetVal.slice(0, nTargets);
  for (let target = 0; target < nTargets; target++) {
    if (targetVal[target] !== U) continue;
    tlo[target] = F;
    thi[target] = T;
  }
  // A counter's unknown targets likewise.
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

  for (let r = 0; r < nRetained; r++) if (val[retainedOffer[r]!] === U) enqueue(work, r);
  const loView: View = { facts: tables.facts, posTargets: tlo, posTrue: cloTrue, posFalse: cloFalse, negTargets: thi, negTrue: chiTrue, negFalse: chiFalse };
  const hiView: View = { facts: tables.facts, posTargets: thi, posTrue: chiTrue, posFalse: chiFalse, negTargets: tlo, negTrue: cloTrue, negFalse: cloFalse };

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
        if (value > tlo[target]!) changeTarget(graph, work, target, value, tlo, cloTrue, cloFalse);
      }
      if (nextHi < oldHi) {
        bumpTarget(hiTrue, hiOpen, target, oldHi, nextHi);
        const value = orOf(hiTrue, hiOpen, target);
        if (value < thi[target]!) changeTarget(graph, work, target, value, thi, chiTrue, chiFalse);
      }
    }
  }
  return { lo, hi };
}
