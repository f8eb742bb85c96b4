// Three-valued evaluation of the compiled programs. A worklist of offers replaces
// recursion: an offer is (re-)evaluated when something it reads changes, targets keep
// counts of their offers that are true and false, and counters counts of their
// targets, so a change costs O(1) per reader. No depth of condition or length of
// dependency chain can overflow the stack.
import {
  F,
  OP_ALL,
  OP_ANY,
  OP_FACT,
  OP_NOT,
  OP_TARGET,
  OP_TARGET_NEG,
  OP_THRESH,
  T,
  U,
  factReadersOf,
  workspaceOf,
  type Graph,
} from "./graph.js";

/** Values and counts of the three-valued (Kleene) fixed point. @internal */
export interface KleeneState {
  readonly offerVal: Uint8Array;
  readonly factVal: Uint8Array;
  readonly targetVal: Uint8Array;
  readonly targetTrue: Int32Array;
  readonly targetFalse: Int32Array;
  readonly counterTrue: Int32Array;
  readonly counterFalse: Int32Array;
  readonly queue: Int32Array;
  readonly queued: Uint8Array;
  /** The evaluation stack, as long as the longest program. */
  readonly stack: Uint8Array;
}

/** The readings of mutual dependencies, per offer: `lo` cautious, `hi` coordinated. @internal */
export interface Readings {
  readonly lo: Uint8Array;
  readonly hi: Uint8Array;
}

/** What one reading of a program reads: under an even number of `not`, `pos`; under an odd one, `neg`. */
interface View {
  readonly facts: Uint8Array;
  readonly posTargets: Uint8Array;
  readonly posTrue: Int32Array;
  readonly posFalse: Int32Array;
  readonly negTargets: Uint8Array;
  readonly negTrue: Int32Array;
  readonly negFalse: Int32Array;
}

interface Worklist {
  readonly queue: Int32Array;
  readonly queued: Uint8Array;
  head: number;
  tail: number;
}

function enqueue(work: Worklist, offer: number): void {
  if (work.queued[offer] === 1) return;
  work.queued[offer] = 1;
  work.queue[work.tail] = offer;
  work.tail = work.tail + 1 === work.queue.length ? 0 : work.tail + 1;
}

function dequeue(work: Worklist): number {
  if (work.head === work.tail) return -1;
  const offer = work.queue[work.head]!;
  work.head = work.head + 1 === work.queue.length ? 0 : work.head + 1;
  work.queued[offer] = 0;
  return offer;
}

/** Which of the thresholds around N a counter's counts are past; a threshold slot can only change when this does. */
function signature(size: number, countTrue: number, countFalse: number, count: number): number {
  const possible = size - countFalse;
  return (countTrue >= count ? 1 : 0) | (countTrue >= count + 1 ? 2 : 0) | (possible < count ? 4 : 0) | (possible < count + 1 ? 8 : 0);
}

function thresholdValue(graph: Graph, slot: number, targets: Uint8Array, countTrue: Int32Array, countFalse: Int32Array): number {
  const counter = graph.threshCounter[slot]!;
  const count = graph.counterCount[counter]!;
  const self = graph.threshSelf[slot]!;
  const own = self >= 0 ? targets[self]! : F;
  const active = countTrue[counter]! - (own === T ? 1 : 0);
  const possible = graph.counterSize[counter]! - countFalse[counter]! - (own !== F ? 1 : 0);
  return active >= count ? T : possible < count ? F : U;
}

/**
 * Runs `code[start … end]` on a stack of values; with `record`, also writes the value
 * each instruction leaves, at its position relative to `start`.
 * @internal
 */
export function runProgram(graph: Graph, start: number, end: number, view: View, stack: Uint8Array, record?: Uint8Array): number {
  const code = graph.code;
  let top = 0;
  for (let p = start; p < end; p++) {
    const instruction = code[p]!;
    const op = instruction & 15;
    const argument = instruction >>> 4;
    let value: number;
    if (op === OP_FACT) value = view.facts[argument]!;
    else if (op === OP_TARGET) value = view.posTargets[argument]!;
    else if (op === OP_TARGET_NEG) value = view.negTargets[argument]!;
    else if (op === OP_ALL) {
      value = T;
      for (let k = 0; k < argument; k++) {
        const child = stack[--top]!;
        if (child < value) value = child;
      }
    } else if (op === OP_ANY) {
      value = F;
      for (let k = 0; k < argument; k++) {
        const child = stack[--top]!;
        if (child > value) value = child;
      }
    } else if (op === OP_NOT) value = 2 - stack[--top]!;
    else if (op === OP_THRESH) value = thresholdValue(graph, argument, view.posTargets, view.posTrue, view.posFalse);
    else value = thresholdValue(graph, argument, view.negTargets, view.negTrue, view.negFalse);
    stack[top++] = value;
    if (record !== undefined) record[p - start] = value;
  }
  return stack[0]!;
}

/** An offer's value under `view`: its own program and its coalition's, both needed. @internal */
export function offerValue(graph: Graph, offer: number, view: View, stack: Uint8Array): number {
  let value = T;
  const start = graph.ownStart[offer]!;
  const end = graph.ownEnd[offer]!;
  if (end > start) value = runProgram(graph, start, end, view, stack);
  const program = graph.offerCoalition[offer]!;
  if (program >= 0 && value !== F) {
    const shared = graph.coalitionPrograms[program]!;
    const other = runProgram(graph, shared.start, shared.end, view, stack);
    if (other < value) value = other;
  }
  return value;
}

/** The Kleene values as a {@link View}: both polarities read the same. @internal */
export function kleeneView(state: KleeneState): View {
  return {
    facts: state.factVal,
    posTargets: state.targetVal,
    posTrue: state.counterTrue,
    posFalse: state.counterFalse,
    negTargets: state.targetVal,
    negTrue: state.counterTrue,
    negFalse: state.counterFalse,
  };
}

function bump(countTrue: Int32Array, countFalse: Int32Array, index: number, old: number, value: number): void {
  if (old === T) countTrue[index]!--;
  else if (old === F) countFalse[index]!--;
  if (value === T) countTrue[index]!++;
  else if (value === F) countFalse[index]!++;
}

function setTarget(graph: Graph, state: KleeneState, work: Worklist, target: number, value: number, trail?: number[]): void {
  const { offerVal, targetVal, counterTrue, counterFalse } = state;
  const old = targetVal[target]!;
  targetVal[target] = value;
  trail?.push(graph.nOffers + target);
  const { targetReaders, targetCounters, counterReaders, counterSize, counterCount } = graph;
  for (let e = targetReaders.start[target]!, end = targetReaders.start[target + 1]!; e < end; e++) {
    const reader = targetReaders.items[e]!;
    if (offerVal[reader] === U) enqueue(work, reader);
  }
  for (let e = targetCounters.start[target]!, end = targetCounters.start[target + 1]!; e < end; e++) {
    const counter = targetCounters.items[e]!;
    const before = signature(counterSize[counter]!, counterTrue[counter]!, counterFalse[counter]!, counterCount[counter]!);
    bump(counterTrue, counterFalse, counter, old, value);
    if (signature(counterSize[counter]!, counterTrue[counter]!, counterFalse[counter]!, counterCount[counter]!) !== before) {
      for (let f = counterReaders.start[counter]!, stop = counterReaders.start[counter + 1]!; f < stop; f++) {
        const reader = counterReaders.items[f]!;
        if (offerVal[reader] === U) enqueue(work, reader);
      }
    }
  }
}

function setOffer(graph: Graph, state: KleeneState, work: Worklist, offer: number, value: number, trail?: number[]): void {
  const { offerVal, targetVal, targetTrue, targetFalse } = state;
  offerVal[offer] = value;
  trail?.push(offer);
  const { feeds, targetSize } = graph;
  for (let e = feeds.start[offer]!, end = feeds.start[offer + 1]!; e < end; e++) {
    const target = feeds.items[e]!;
    bump(targetTrue, targetFalse, target, U, value);
    if (targetVal[target] !== U) continue;
    const next = targetTrue[target]! > 0 ? T : targetFalse[target] === targetSize[target] ? F : U;
    if (next !== U) setTarget(graph, state, work, target, next, trail);
  }
}

function drain(graph: Graph, state: KleeneState, work: Worklist, trail?: number[]): void {
  const view = kleeneView(state);
  const { offerVal, stack } = state;
  for (let offer = dequeue(work); offer >= 0; offer = dequeue(work)) {
    if (offerVal[offer] !== U) continue;
    const value = offerValue(graph, offer, view, stack);
    if (value !== U) setOffer(graph, state, work, offer, value, trail);
  }
}

/**
 * The three-valued fixed point that the known facts force (the least in the
 * information order): every offer starts unknown and becomes true or false once,
 * when what it reads decides it. Each offer is evaluated once, and again each time
 * a target or threshold it reads is decided.
 * @internal
 */
export function solveKleene(graph: Graph, factInitial: Uint8Array): KleeneState {
  const { nOffers, nTargets, nCounters, targetFixed, targetSize, targetCounters, offerFixed } = graph;
  const work = workspaceOf(graph);
  const state: KleeneState = {
    offerVal: work.uint8("offerVal", nOffers, U),
    factVal: factInitial,
    targetVal: work.uint8("targetVal", nTargets, U),
    targetTrue: work.int32("targetTrue", nTargets, 0),
    targetFalse: work.int32("targetFalse", nTargets, 0),
    counterTrue: work.int32("counterTrue", nCounters, 0),
    counterFalse: work.int32("counterFalse", nCounters, 0),
    queue: work.int32("queue", nOffers + 1, 0),
    queued: work.uint8("queued", nOffers, 0),
    stack: work.uint8("stack", graph.maxProgram + 1, 0),
  };
  const { targetVal, counterTrue, counterFalse } = state;
  for (let t = 0; t < nTargets; t++) {
    const value = targetFixed[t] !== U ? targetFixed[t]! : targetSize[t] === 0 ? F : U;
    targetVal[t] = value;
    if (value !== U) {
      for (let e = targetCounters.start[t]!, end = targetCounters.start[t + 1]!; e < end; e++) bump(counterTrue, counterFalse, targetCounters.items[e]!, U, value);
    }
  }
  const list: Worklist = { queue: state.queue, queued: state.queued, head: 0, tail: 0 };
  for (let offer = 0; offer < nOffers; offer++) {
    if (offerFixed[offer] !== U) setOffer(graph, state, list, offer, offerFixed[offer]!);
    else enqueue(list, offer);
  }
  drain(graph, state, list);
  return state;
}

/**
 * Sets fact slots (unknown until now) and propagates: what changes is appended to
 * `trail` (offers as their index, targets after them, facts after those) for
 * {@link undoKleene}. Setting facts only adds information, so values only go from
 * unknown to true or false.
 * @internal
 */
export function extendKleene(graph: Graph, state: KleeneState, changes: readonly (readonly [number, number])[], trail: number[]): void {
  const work: Worklist = { queue: state.queue, queued: state.queued, head: 0, tail: 0 };
  const factReaders = factReadersOf(graph);
  for (const [slot, value] of changes) {
    if (state.factVal[slot] !== U || value === U) continue;
    state.factVal[slot] = value;
    trail.push(graph.nOffers + graph.nTargets + slot);
    for (let e = factReaders.start[slot]!, end = factReaders.start[slot + 1]!; e < end; e++) {
      const reader = factReaders.items[e]!;
      if (state.offerVal[reader] === U) enqueue(work, reader);
    }
  }
  drain(graph, state, work, trail);
}

/** Puts back everything on `trail` to unknown, with the counts it fed. @internal */
export function undoKleene(graph: Graph, state: KleeneState, trail: readonly number[]): void {
  const { nOffers, nTargets, feeds, targetCounters } = graph;
  const { offerVal, targetVal, factVal, targetTrue, targetFalse, counterTrue, counterFalse } = state;
  for (let k = trail.length - 1; k >= 0; k--) {
    const entry = trail[k]!;
    if (entry < nOffers) {
      const value = offerVal[entry]!;
      for (let e = feeds.start[entry]!, end = feeds.start[entry + 1]!; e < end; e++) bump(targetTrue, targetFalse, feeds.items[e]!, value, U);
      offerVal[entry] = U;
    } else if (entry < nOffers + nTargets) {
      const target = entry - nOffers;
      const value = targetVal[target]!;
      for (let e = targetCounters.start[target]!, end = targetCounters.start[target + 1]!; e < end; e++) {
        bump(counterTrue, counterFalse, targetCounters.items[e]!, value, U);
      }
      targetVal[target] = U;
    } else {
      factVal[entry - nOffers - nTargets] = U;
    }
  }
}

/**
 * Both readings of what the known facts leave open. Every offer the Kleene fixed
 * point leaves unknown starts false in the cautious reading `lo` and true in the
 * coordinated one `hi` (an unknown fact stays unknown in both), and both are iterated
 * to their fixed point: `lo` only rises and `hi` only falls, so each offer changes
 * at most twice in each. Under a `not`, one reading reads the other
 * (`lo(not x) = not hi(x)`), which keeps `lo <= hi` everywhere; without negation
 * they are the least and the greatest fixed points.
 * @internal
 */
export function solveReadings(graph: Graph, kleene: KleeneState): Readings {
  const { nOffers, nTargets, nCounters, feeds, targetSize, targetReaders, targetCounters, counterReaders, counterSize, counterCount } = graph;
  const { offerVal, targetVal } = kleene;
  if (!offerVal.includes(U)) return { lo: offerVal, hi: offerVal };
  const space = workspaceOf(graph);
  const lo = space.uint8("lo", nOffers, 0);
  lo.set(offerVal);
  const hi = space.uint8("hi", nOffers, 0);
  hi.set(offerVal);
  for (let offer = 0; offer < nOffers; offer++) {
    if (offerVal[offer] === U) {
      lo[offer] = F;
      hi[offer] = T;
    }
  }
  const loTrue = space.int32("loTrue", nTargets, 0);
  const loFalse = space.int32("loFalse", nTargets, 0);
  const hiTrue = space.int32("hiTrue", nTargets, 0);
  const hiFalse = space.int32("hiFalse", nTargets, 0);
  for (let offer = 0; offer < nOffers; offer++) {
    for (let e = feeds.start[offer]!, end = feeds.start[offer + 1]!; e < end; e++) {
      const target = feeds.items[e]!;
      bump(loTrue, loFalse, target, U, lo[offer]!);
      bump(hiTrue, hiFalse, target, U, hi[offer]!);
    }
  }
  const orOf = (countTrue: Int32Array, countFalse: Int32Array, target: number) =>
    countTrue[target]! > 0 ? T : countFalse[target] === targetSize[target] ? F : U;
  const tlo = space.uint8("tlo", nTargets, 0);
  tlo.set(targetVal);
  const thi = space.uint8("thi", nTargets, 0);
  thi.set(targetVal);
  for (let target = 0; target < nTargets; target++) {
    if (targetVal[target] !== U) continue;
    tlo[target] = orOf(loTrue, loFalse, target);
    thi[target] = orOf(hiTrue, hiFalse, target);
  }
  const cloTrue = space.int32("cloTrue", nCounters, 0);
  const cloFalse = space.int32("cloFalse", nCounters, 0);
  const chiTrue = space.int32("chiTrue", nCounters, 0);
  const chiFalse = space.int32("chiFalse", nCounters, 0);
  for (let target = 0; target < nTargets; target++) {
    for (let e = targetCounters.start[target]!, end = targetCounters.start[target + 1]!; e < end; e++) {
      const counter = targetCounters.items[e]!;
      bump(cloTrue, cloFalse, counter, U, tlo[target]!);
      bump(chiTrue, chiFalse, counter, U, thi[target]!);
    }
  }

  const work: Worklist = { queue: kleene.queue, queued: kleene.queued, head: 0, tail: 0 };
  for (let offer = 0; offer < nOffers; offer++) if (offerVal[offer] === U) enqueue(work, offer);
  const loView: View = { facts: kleene.factVal, posTargets: tlo, posTrue: cloTrue, posFalse: cloFalse, negTargets: thi, negTrue: chiTrue, negFalse: chiFalse };
  const hiView: View = { facts: kleene.factVal, posTargets: thi, posTrue: chiTrue, posFalse: chiFalse, negTargets: tlo, negTrue: cloTrue, negFalse: cloFalse };

  const changeTarget = (target: number, value: number, values: Uint8Array, countTrue: Int32Array, countFalse: Int32Array) => {
    const old = values[target]!;
    values[target] = value;
    for (let e = targetReaders.start[target]!, end = targetReaders.start[target + 1]!; e < end; e++) {
      const reader = targetReaders.items[e]!;
      if (offerVal[reader] === U) enqueue(work, reader);
    }
    for (let e = targetCounters.start[target]!, end = targetCounters.start[target + 1]!; e < end; e++) {
      const counter = targetCounters.items[e]!;
      const before = signature(counterSize[counter]!, countTrue[counter]!, countFalse[counter]!, counterCount[counter]!);
      bump(countTrue, countFalse, counter, old, value);
      if (signature(counterSize[counter]!, countTrue[counter]!, countFalse[counter]!, counterCount[counter]!) !== before) {
        for (let f = counterReaders.start[counter]!, stop = counterReaders.start[counter + 1]!; f < stop; f++) {
          const reader = counterReaders.items[f]!;
          if (offerVal[reader] === U) enqueue(work, reader);
        }
      }
    }
  };

  const stack = kleene.stack;
  for (let offer = dequeue(work); offer >= 0; offer = dequeue(work)) {
    const nextLo = offerValue(graph, offer, loView, stack);
    const nextHi = offerValue(graph, offer, hiView, stack);
    // The operator is monotone, so lo only rises and hi only falls; comparing so
    // makes termination (at most two changes each) hold by construction too.
    const oldLo = lo[offer]!;
    const oldHi = hi[offer]!;
    if (nextLo > oldLo) lo[offer] = nextLo;
    if (nextHi < oldHi) hi[offer] = nextHi;
    if (nextLo <= oldLo && nextHi >= oldHi) continue;
    for (let e = feeds.start[offer]!, end = feeds.start[offer + 1]!; e < end; e++) {
      const target = feeds.items[e]!;
      if (targetVal[target] !== U) continue;
      if (nextLo > oldLo) {
        bump(loTrue, loFalse, target, oldLo, nextLo);
        const value = orOf(loTrue, loFalse, target);
        if (value > tlo[target]!) changeTarget(target, value, tlo, cloTrue, cloFalse);
      }
      if (nextHi < oldHi) {
        bump(hiTrue, hiFalse, target, oldHi, nextHi);
        const value = orOf(hiTrue, hiFalse, target);
        if (value < thi[target]!) changeTarget(target, value, thi, chiTrue, chiFalse);
      }
    }
  }
  return { lo, hi };
}
