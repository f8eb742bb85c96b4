// Readings, groups: the coordination groups, offers that wait on one another and that
// the known facts leave open. Takes the graph solved to the three-valued fixed point;
// gives per retained offer its group (-1 for none) and each group's offers. A graph of
// what can still move what, then its strongly connected components (Tarjan's algorithm
// with an explicit stack, so a chain of any length is safe).
import type { Graph } from "./graph.js";
import { intArray, intBuffer, OP_ALL, OP_ANY, OP_NOT, OP_TARGET, OP_TARGET_NEG, OP_THRESH, OP_THRESH_NEG, push, rowsOf, runProgram, U, type IntBuffer, type Rows } from "./program.js";

/** The nodes of the dependency graph, numbered as they are found. */
interface Nodes {
  /** How many nodes so far; the first `offers` stand for unknown offers. */
  count: number;
  readonly offers: number;
  /** Per retained offer, per target: its node, or -1 when decided. */
  readonly offerNode: number[];
  readonly targetNode: number[];
  /** Per threshold slot read live: its node. */
  readonly slotNode: Map<number, number>;
  /** Per counter of such a slot: its unknown targets, and its first chain node (see `chainEdges`). */
  readonly counterTargets: Map<number, number[]>;
  readonly chainOf: Map<number, number>;
  /** Per (target, counter) edge: where it puts the target in its counter's list, or -1. */
  readonly positionOf: number[];
}

/** (target or slot, retained offer) pairs: what each unknown offer reads live. */
interface LiveReads {
  readonly targets: IntBuffer;
  readonly slots: IntBuffer;
}

/** How many children an instruction has in a program (its preorder): gates their count, `not` one, atoms none. */
function arity(instruction: number): number {
  const op = instruction & 15;
  return op === OP_ALL || op === OP_ANY ? instruction >>> 4 : op === OP_NOT ? 1 : 0;
}

/**
 * The coordination groups: the strongly connected components, among what the known
 * facts leave unknown, of "offer → the targets it counts towards → the offers whose
 * verdict they can still move". An offer reads a target or a threshold *live* when it
 * is unknown and no decided part of the condition holds it; a threshold counts the
 * other actors only, so a threshold slot depends on every target of its counter but
 * the holder's own. That is linear with prefix and suffix chains over each counter's
 * targets: the slot that leaves out the i-th reads the prefix before i and the suffix
 * after it. Returns per retained offer its group (-1 for none) and each group's offers
 * (commitment indices), sorted, the groups ordered by their first offer.
 * @internal
 */
export function coordinationGroups(graph: Graph): { groupOf: readonly number[]; groups: number[][] } {
  const { nRetained, nTargets, val, retainedOffer, tables } = graph;
  const groupOf = intArray(nRetained, -1);
  // Unknown offers first, then unknown targets.
  const offerNode = intArray(nRetained, -1);
  let count = 0;
  for (let r = 0; r < nRetained; r++) if (val[retainedOffer[r]!] === U) offerNode[r] = count++;
  const offers = count;
  const targetNode = intArray(nTargets, -1);
  for (let target = 0; target < nTargets; target++) if (tables.posTargets[target] === U) targetNode[target] = count++;
  // Every cycle runs through an unknown target (a slot only reads targets).
  if (offers === 0 || count === offers) return { groupOf, groups: [] };

  const reads = liveReadsOf(graph, offerNode);
  const nodes: Nodes = { count, offers, offerNode, targetNode, slotNode: new Map(), counterTargets: new Map(), chainOf: new Map(), positionOf: intArray(graph.targetCounterItem.length, -1) };
  numberChains(graph, nodes, reads.slots);
  const from = intBuffer();
  const to = intBuffer();
  dependencyEdges(graph, nodes, reads, from, to);
  // Node back to what it stands for: a retained offer below `offers`.
  const retainedOf = intArray(offers, 0);
  for (let r = 0; r < nRetained; r++) if (offerNode[r]! >= 0) retainedOf[offerNode[r]!] = r;
  const found = stronglyConnected(rowsOf(nodes.count, from, to), nodes.count, offers, retainedOf);
  found.sort((a, b) => a[0]! - b[0]!);
  found.forEach((members, g) => {
    for (const r of members) groupOf[r] = g;
  });
  // Retained numbers are in dataset order, so the groups read the same as commitments.
  return { groupOf, groups: found.map((members) => members.map((r) => retainedOffer[r]!)) };
}

/** What each unknown offer reads live, its own program and its coalition's. */
function liveReadsOf(graph: Graph, offerNode: readonly number[]): LiveReads {
  const { nRetained, retainedOffer, retainedStart, retainedEnd } = graph;
  const reads: LiveReads = { targets: intBuffer(), slots: intBuffer() };
  const record = new Uint8Array(graph.stack.length);
  for (let r = 0; r < nRetained; r++) {
    if (offerNode[r]! < 0) continue;
    if (retainedEnd[r]! > retainedStart[r]!) liveReads(graph, graph.code.data, retainedStart[r]!, retainedEnd[r]!, r, record, reads);
    const program = graph.offerCoalition?.[retainedOffer[r]!] ?? -1;
    if (program >= 0) {
      const shared = graph.coalitionPrograms[program]!;
      liveReads(graph, graph.sharedCode, shared.start, shared.end, r, record, reads);
    }
  }
  return reads;
}

/**
 * Appends, for retained offer `r`, what `code[start … end]` reads *live*: the targets
 * and threshold slots that are unknown and lie under no decided part (a decided part
 * reads the same whatever its atoms become, so nothing in it can move the offer).
 * `record` receives the value of every node, by the three-valued fixed point.
 */
function liveReads(graph: Graph, code: readonly number[], start: number, end: number, r: number, record: Uint8Array, reads: LiveReads): void {
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
      push(reads.targets, instruction >>> 4);
      push(reads.targets, r);
    } else if (op === OP_THRESH || op === OP_THRESH_NEG) {
      push(reads.slots, instruction >>> 4);
      push(reads.slots, r);
    }
    p++;
  }
}

/** Numbers the threshold slots read live, then per counter of theirs its chains, with its unknown targets listed. */
function numberChains(graph: Graph, nodes: Nodes, slotReads: IntBuffer): void {
  const { nTargets, tables, targetCounterHead, targetCounterNext, targetCounterItem } = graph;
  const { slotNode, counterTargets, chainOf, targetNode } = nodes;
  for (let k = 0; k < slotReads.length; k += 2) {
    const slot = slotReads.data[k]!;
    if (slotNode.has(slot)) continue;
    slotNode.set(slot, nodes.count++);
    const counter = tables.threshCounter[slot]!;
    if (!counterTargets.has(counter)) counterTargets.set(counter, []);
  }
  const positionOf = nodes.positionOf;
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
  for (const [counter, list] of counterTargets) {
    chainOf.set(counter, nodes.count);
    nodes.count += 2 * list.length;
  }
}

/** The edges of the dependency graph, as (from, to) pairs. */
function dependencyEdges(graph: Graph, nodes: Nodes, reads: LiveReads, from: IntBuffer, to: IntBuffer): void {
  const { nRetained, retainedOffer, feedHead, feedNext, feedTarget } = graph;
  const { offerNode, targetNode, slotNode } = nodes;
  const edge = (a: number, b: number) => {
    push(from, a);
    push(to, b);
  };
  // An offer moves the targets it counts towards…
  for (let r = 0; r < nRetained; r++) {
    if (offerNode[r]! < 0) continue;
    for (let e = feedHead[retainedOffer[r]!]!; e >= 0; e = feedNext[e]!) {
      const node = targetNode[feedTarget[e]!]!;
      if (node >= 0) edge(offerNode[r]!, node);
    }
  }
  // …a target the offers that read it live, and through its counter's chains the threshold slots…
  for (let k = 0; k < reads.targets.length; k += 2) edge(targetNode[reads.targets.data[k]!]!, offerNode[reads.targets.data[k + 1]!]!);
  chainEdges(graph, nodes, edge);
  // …and a slot the offers that read it live.
  for (let k = 0; k < reads.slots.length; k += 2) edge(slotNode.get(reads.slots.data[k]!)!, offerNode[reads.slots.data[k + 1]!]!);
}

/**
 * The edges through each counter's chains: its j-th unknown target to prefix node j and
 * suffix node j, prefixes forward and suffixes back; then each slot read live from the
 * prefix before its holder's own target and the suffix after it.
 */
function chainEdges(graph: Graph, nodes: Nodes, edge: (a: number, b: number) => void): void {
  const { tables, targetCounterHead, targetCounterNext, targetCounterItem } = graph;
  const { targetNode, counterTargets, chainOf, positionOf } = nodes;
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
  for (const [slot, node] of nodes.slotNode) {
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
}

/**
 * The strongly connected components of more than one node that hold an offer (nodes
 * below `offers`): each as its retained offers, sorted. Tarjan's algorithm, its call
 * stack explicit.
 */
function stronglyConnected(successors: Rows, m: number, offers: number, retainedOf: readonly number[]): number[][] {
  const { start, items } = successors;
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
          // Visit w, as a call would.
          order[w] = low[w] = counter++;
          stack[stackTop++] = w;
          onStack[w] = 1;
          callNode[callTop] = w;
          callEdge[callTop] = start[w]!;
          callTop++;
        } else if (onStack[w] === 1 && order[w]! < low[v]!) low[v] = order[w]!;
        continue;
      }
      callTop--;
      if (callTop > 0) {
        const u = callNode[callTop - 1]!;
        if (low[v]! < low[u]!) low[u] = low[v]!;
      }
      if (low[v] !== order[v]) continue;
      // v is the root of a component: pop it.
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
  return found;
}
