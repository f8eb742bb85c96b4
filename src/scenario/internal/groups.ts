import type { Graph } from "./graph.js";
import { intArray, intBuffer, OP_ALL, OP_ANY, OP_NOT, OP_TARGET, OP_TARGET_NEG, OP_THRESH, OP_THRESH_NEG, push, runProgram, U, type IntBuffer } from "./program.js";

/** How many children an instruction has in a program (its preorder): gates their count, `not` one, atoms none. */
function arity(instruction: number): number {
  const op = instruction & 15;
  return op === OP_ALL || op === OP_ANY ? instruction >>> 4 : op === OP_NOT ? 1 : 0;
}

/**
 * Appends, for retained offer `r`, what `code[start … end]` reads *live*: the targets
 * and threshold slots that are unknown and lie under no decided part (a decided part
 * reads the same whatever its atoms become, so nothing in it can move the offer).
 * `record` receives the value of every node, by the three-valued fixed point.
 */
function liveReads(graph: Graph, code: readonly number[], start: number, end: number, r: number, record: Uint8Array, targets: IntBuffer, slots: IntBuffer): void {
  runProgram(code, start, end, graph.tables, graph.tables, graph.stack, record);
  for (let p = start; p < end; ) {
    const instruction = code[p]!;
    if (record[p - start] !== U) {
      // Skip the decided node with everything under it.
      for (let pending = 1; pending > 0; p++) pending += arity(code[p]!) - 1;
      continue;
    }
    const op = instruction & 15;
    if (op === OP_TARGET || op === OP_TARGET_NEG) {
      push(targets, instruction >>> 4);
      push(targets, r);
    } else if (op === OP_THRESH || op === OP_THRESH_NEG) {
      push(slots, instruction >>> 4);
      push(slots, r);
    }
    p++;
  }
}

/**
 * The coordination groups: the strongly connected components, among what the known
 * facts leave unknown, of "offer → the targets it counts towards → the offers whose
 * verdict they can still move". An offer reads a target or a threshold *live* when it
 * is unknown and no decided part of the condition holds it; a threshold counts the
 * other actors only, so a threshold slot depends on every target of its counter but
 * the holder's own. That is linear with prefix and suffix chains over each counter's
 * targets: the slot that leaves out the i-th reads the prefix before i and the suffix
 * after it. Tarjan's algorithm with an explicit stack, so a chain of any length is
 * safe. Returns per retained offer its group (-1 for none) and each group's offers
 * (commitment indices), sorted, the groups ordered by their first offer.
 * @internal
 */
export function coordinationGroups(graph: Graph): { groupOf: readonly number[]; groups: number[][] } {
  const { nRetained, nTargets, val, retainedOffer, retainedStart, retainedEnd, feedHead, feedNext, feedTarget, tables } = graph;
  const { targetCounterHead, targetCounterNext, targetCounterItem } = graph;
  const groupOf = intArray(nRetained, -1);
  // Nodes, numbered as they are found: unknown offers first, then unknown targets, then
  // the threshold slots read live, then the chains of their counters.
  const offerNode = intArray(nRetained, -1);
  let m = 0;
  for (let r = 0; r < nRetained; r++) if (val[retainedOffer[r]!] === U) offerNode[r] = m++;
  const offers = m;
  const targetNode = intArray(nTargets, -1);
  for (let target = 0; target < nTargets; target++) if (tables.posTargets[target] === U) targetNode[target] = m++;
  // Every cycle runs through an unknown target (a slot only reads targets).
  if (offers === 0 || m === offers) return { groupOf, groups: [] };

  // What each unknown offer reads live, as (target or slot, offer) pairs.
  const targetReads = intBuffer();
  const slotReads = intBuffer();
  const record = new Uint8Array(graph.stack.length);
  for (let r = 0; r < nRetained; r++) {
    if (offerNode[r]! < 0) continue;
    if (retainedEnd[r]! > retainedStart[r]!) liveReads(graph, graph.code.data, retainedStart[r]!, retainedEnd[r]!, r, record, targetReads, slotReads);
    const program = graph.offerCoalition?.[retainedOffer[r]!] ?? -1;
    if (program >= 0) {
      const shared = graph.coalitionPrograms[program]!;
      liveReads(graph, graph.sharedCode, shared.start, shared.end, r, record, targetReads, slotReads);
    }
  }
  const slotNode = new Map<number, number>();
  // The counters of the slots read live, each with its unknown targets in a list.
  const counterTargets = new Map<number, number[]>();
  for (let k = 0; k < slotReads.length; k += 2) {
    const slot = slotReads.data[k]!;
    if (slotNode.has(slot)) continue;
    slotNode.set(slot, m++);
    const counter = tables.threshCounter[slot]!;
    if (!counterTargets.has(counter)) counterTargets.set(counter, []);
  }
  // Where each (target, counter) edge puts the target in its counter's list.
  const positionOf = intArray(targetCounterItem.length, -1);
  if (counterTargets.size > 0) {
    for (let target = 0; target < nTargets; target++) {
      if (targetNode[target]! < 0) continue;
      for (let e = targetCounterHead[target]!; e >= 0; e = targetCounterNext[e]!) {
        const list = counterTargets.get(targetCounterItem[e]!);
        if (list === undefined) continue;
        positionOf[e] = list.length;
        list.push(target);
      }
    }
  }
  // Per counter: its prefix nodes (targets 0 … j), then its suffix nodes (targets j … end).
  const chainOf = new Map<number, number>();
  for (const [counter, list] of counterTargets) {
    chainOf.set(counter, m);
    m += 2 * list.length;
  }

  // Edges as (from, to) pairs.
  const edges = intBuffer();
  const edge = (from: number, to: number) => {
    push(edges, from);
    push(edges, to);
  };
  for (let r = 0; r < nRetained; r++) {
    if (offerNode[r]! < 0) continue;
    for (let e = feedHead[retainedOffer[r]!]!; e >= 0; e = feedNext[e]!) {
      const node = targetNode[feedTarget[e]!]!;
      if (node >= 0) edge(offerNode[r]!, node);
    }
  }
  for (let k = 0; k < targetReads.length; k += 2) edge(targetNode[targetReads.data[k]!]!, offerNode[targetReads.data[k + 1]!]!);
  for (const [counter, list] of counterTargets) {
    const prefix = chainOf.get(counter)!;
    const suffix = prefix + list.length;
    for (let j = 0; j < list.length; j++) {
      const node = targetNode[list[j]!]!;
      edge(node, prefix + j);
      edge(node, suffix + j);
      if (j > 0) edge(prefix + j - 1, prefix + j);
      if (j + 1 < list.length) edge(suffix + j + 1, suffix + j);
    }
  }
  for (const [slot, node] of slotNode) {
    const counter = tables.threshCounter[slot]!;
    const size = counterTargets.get(counter)!.length;
    const prefix = chainOf.get(counter)!;
    const suffix = prefix + size;
    // The holder's own target, if unknown, and where it is in the counter's list.
    const self = tables.threshSelf[slot]!;
    let at = -1;
    if (self >= 0 && targetNode[self]! >= 0) {
      for (let e = targetCounterHead[self]!; e >= 0; e = targetCounterNext[e]!) if (targetCounterItem[e] === counter) at = positionOf[e]!;
    }
    // The slot is unknown, so some target of another actor is: the lists are not empty.
    if (at < 0) edge(prefix + size - 1, node);
    else {
      if (at > 0) edge(prefix + at - 1, node);
      if (at + 1 < size) edge(suffix + at + 1, node);
    }
  }
  for (let k = 0; k < slotReads.length; k += 2) edge(slotNode.get(slotReads.data[k]!)!, offerNode[slotReads.data[k + 1]!]!);

  // Successors as rows.
  const start = intArray(m + 1, 0);
  for (let k = 0; k < edges.length; k += 2) start[edges.data[k]! + 1]!++;
  for (let k = 0; k < m; k++) start[k + 1]! += start[k]!;
  const items = intArray(edges.length / 2, 0);
  const fill = start.slice(0, m);
  for (let k = 0; k < edges.length; k += 2) items[fill[edges.data[k]!]!++] = edges.data[k + 1]!;
  // Node back to what it stands for: a retained offer below `offers`.
  const retainedOf = intArray(offers, 0);
  for (let r = 0; r < nRetained; r++) if (offerNode[r]! >= 0) retainedOf[offerNode[r]!] = r;

  const order = intArray(m, -1);
  const low = intArray(m, 0);
  const onStack = intArray(m, 0);
  const stack = intArray(m, 0);
  const callNode = intArray(m, 0);
  const callEdge = intArray(m, 0);
  let stackTop = 0;
  let callTop = 0;
  let counter = 0;
  const found: number[][] = [];
  for (let root = 0; root < m; root++) {
    if (order[root] !== -1) continue;
    order[root] = low[root] = counter++;
    stack[stackTop++] = root;
    onStack[root] = 1;
    callNode[callTop] = root;
    callEdge[callTop] = start[root]!;
    callTop++;
    while (callTop > 0) {
      const v = callNode[callTop - 1]!;
      const e = callEdge[callTop - 1]!;
      if (e < start[v + 1]!) {
        callEdge[callTop - 1] = e + 1;
        const w = items[e]!;
        if (order[w] === -1) {
          order[w] = low[w] = counter++;
          stack[stackTop++] = w;
          onStack[w] = 1;
          callNode[callTop] = w;
          callEdge[callTop] = start[w]!;
          callTop++;
        } else if (onStack[w] === 1 && order[w]! < low[v]!) {
          low[v] = order[w]!;
        }
        continue;
      }
      callTop--;
      if (callTop > 0) {
        const u = callNode[callTop - 1]!;
        if (low[v]! < low[u]!) low[u] = low[v]!;
      }
      if (low[v] === order[v]) {
        const members: number[] = [];
        let size = 0;
        let w: number;
        do {
          w = stack[--stackTop]!;
          onStack[w] = 0;
          size++;
          if (w < offers) members.push(retainedOf[w]!);
        } while (w !== v);
        if (size > 1 && members.length > 0) found.push(members.sort((a, b) => a - b));
      }
    }
  }
  found.sort((a, b) => a[0]! - b[0]!);
  found.forEach((members, g) => {
    for (const r of members) groupOf[r] = g;
  });
  // Retained numbers are in dataset order, so the groups read the same as commitments.
  return { groupOf, groups: found.map((members) => members.map((r) => retainedOffer[r]!)) };
}
