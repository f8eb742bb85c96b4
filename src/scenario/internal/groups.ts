import type { Graph } from "./graph.js";
import { intArray, U } from "./program.js";

/**
 * The coordination groups: strongly connected components, among what the known facts
 * leave unknown, of the graph "offer → the targets it counts towards → the offers
 * that read them (directly, or through a threshold's counter)". Tarjan's algorithm
 * with an explicit stack, so a chain of any length is safe. Returns per retained offer
 * its group (-1 for none) and each group's offers (commitment indices), sorted, the
 * groups ordered by their first offer.
 * @internal
 */
export function coordinationGroups(graph: Graph): { groupOf: readonly number[]; groups: number[][] } {
  const { nRetained, nTargets, nCounters, val, retainedOffer, feedHead, feedNext, feedTarget, targetReaders, counterReaders, tables } = graph;
  const { targetCounterHead, targetCounterNext, targetCounterItem } = graph;
  const groupOf = intArray(nRetained, -1);
  // Nodes: retained offers, then targets, then counters; only the unknown ones take part.
  const firstTarget = nRetained;
  const firstCounter = nRetained + nTargets;
  const n = firstCounter + nCounters;
  const compact = intArray(n, -1);
  let m = 0;
  for (let r = 0; r < nRetained; r++) if (val[retainedOffer[r]!] === U) compact[r] = m++;
  const offers = m;
  for (let target = 0; target < nTargets; target++) if (tables.posTargets[target] === U) compact[firstTarget + target] = m++;
  // A cycle runs through a target or a counter: without one unknown, there is none.
  if (offers === 0 || (m === offers && nCounters === 0)) return { groupOf, groups: [] };
  for (let counter = 0; counter < nCounters; counter++) compact[firstCounter + counter] = m++;

  // Successors of the unknown nodes as rows: offer → targets, target → readers and counters, counter → readers.
  const start = intArray(m + 1, 0);
  let edges = 0;
  const count = (visit: (node: number, successor: number) => void) => {
    for (let r = 0; r < nRetained; r++) {
      if (compact[r]! < 0) continue;
      for (let e = feedHead[retainedOffer[r]!]!; e >= 0; e = feedNext[e]!) visit(r, firstTarget + feedTarget[e]!);
    }
    for (let target = 0; target < nTargets; target++) {
      const node = firstTarget + target;
      if (compact[node]! < 0) continue;
      for (let e = targetReaders.start[target]!; e < targetReaders.start[target + 1]!; e++) visit(node, targetReaders.items[e]!);
      for (let e = targetCounterHead[target]!; e >= 0; e = targetCounterNext[e]!) visit(node, firstCounter + targetCounterItem[e]!);
    }
    for (let counter = 0; counter < nCounters; counter++) {
      for (let e = counterReaders.start[counter]!; e < counterReaders.start[counter + 1]!; e++) visit(firstCounter + counter, counterReaders.items[e]!);
    }
  };
  count((node, successor) => {
    if (compact[successor]! >= 0) {
      start[compact[node]! + 1]!++;
      edges++;
    }
  });
  for (let k = 0; k < m; k++) start[k + 1]! += start[k]!;
  const items = intArray(edges, 0);
  const fill = start.slice(0, m);
  count((node, successor) => {
    const to = compact[successor]!;
    if (to >= 0) items[fill[compact[node]!]!++] = to;
  });
  // Compact node back to what it stands for: a retained offer below `offers`.
  const retainedOf = intArray(offers, 0);
  for (let r = 0; r < nRetained; r++) if (compact[r]! >= 0) retainedOf[compact[r]!] = r;

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
