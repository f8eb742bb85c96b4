// Solving: three-valued propagation over the kept programs, to the fixed point the
// known facts force. Takes the graph as the first pass leaves it, its worklist full;
// gives the values of offers and targets (in `val` and the tables), and can extend
// them with more facts and undo that (for sensitivity). A worklist of retained offers
// replaces recursion: an offer is evaluated again when something it reads is decided;
// targets keep counts of their offers, and counters of their targets, so a change
// costs O(1) per reader. No depth of condition or length of dependency chain can
// overflow the stack.
import type { Graph, Worklist } from "./graph.js";
import { F, OP_FACT, intBuffer, push, rowsOf, runProgram, T, U, type Rows, type View } from "./program.js";

/** Adds retained offer r to the worklist, unless it is in it. @internal */
export function enqueue(work: Worklist, r: number): void {
  if (work.queued[r] === 1) return;
  work.queued[r] = 1;
  work.queue[work.tail] = r;
  work.tail = work.tail + 1 === work.queue.length ? 0 : work.tail + 1;
}

/** The next retained offer from the worklist, or -1 when empty. @internal */
export function dequeue(work: Worklist): number {
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

/** Moves one member from `old` to `value` in counts of members true and members not false. @internal */
export function bumpTarget(countTrue: Int32Array, countOpen: Int32Array, target: number, old: number, value: number): void {
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

/** A target's value from its counts: true when a member holds, false when all fail. @internal */
export function orOf(countTrue: Int32Array, countOpen: Int32Array, target: number): number {
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
 * @internal
 */
export function changeTarget(
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

/** Per fact slot, the retained offers whose programs (their own or their coalition's) read it. @internal */
export function factReadersOf(graph: Graph): Rows {
  const rows = intBuffer();
  const items = intBuffer();
  const read = (code: readonly number[], start: number, end: number, r: number) => {
    for (let p = start; p < end; p++) {
      if ((code[p]! & 15) === OP_FACT) {
        push(rows, code[p]! >>> 4);
        push(items, r);
      }
    }
  };
  for (let r = 0; r < graph.nRetained; r++) {
    read(graph.code.data, graph.retainedStart[r]!, graph.retainedEnd[r]!, r);
    const program = graph.offerCoalition?.[graph.retainedOffer[r]!] ?? -1;
    if (program >= 0) read(graph.sharedCode, graph.coalitionPrograms[program]!.start, graph.coalitionPrograms[program]!.end, r);
  }
  return rowsOf(graph.facts.length, rows, items);
}

/**
 * Sets fact slots (unknown until now) and propagates: what changes is appended to
 * `trail` (commitments as their index, targets after them, fact slots after those)
 * for {@link undoKleene}. Setting facts only adds information, so values only go
 * from unknown to true or false.
 * @internal
 */
export function extendKleene(graph: Graph, readers: Rows, changes: readonly (readonly [number, number])[], trail: number[]): void {
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
