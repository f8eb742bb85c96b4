import { U, workspaceOf, type Graph } from "./graph.js";
import type { KleeneState } from "./propagate.js";

/**
 * The coordination groups: strongly connected components, among what the known
 * facts leave unknown, of the graph "offer → the targets it counts towards → the
 * offers that read them (directly, or through a threshold's counter)". Tarjan's
 * algorithm with an explicit stack, so a chain of any length is safe. Returns per
 * offer its group (-1 for none) and each group's offers, sorted, the groups ordered
 * by their first offer.
 * @internal
 */
export function coordinationGroups(graph: Graph, kleene: KleeneState): { groupOf: Int32Array; groups: number[][] } {
  const { nOffers, nTargets, nCounters, feeds, targetReaders, targetCounters, counterReaders } = graph;
  const { offerVal, targetVal } = kleene;
  const firstTarget = nOffers;
  const firstCounter = nOffers + nTargets;
  const n = firstCounter + nCounters;
  const inside = (node: number) => (node < firstTarget ? offerVal[node] === U : node < firstCounter ? targetVal[node - firstTarget] === U : true);
  // The successors of a node, by position: -2 once exhausted, -1 for one to skip.
  const successor = (node: number, position: number): number => {
    if (node < firstTarget) {
      const at = feeds.start[node]! + position;
      return at < feeds.start[node + 1]! ? firstTarget + feeds.items[at]! : -2;
    }
    if (node < firstCounter) {
      const target = node - firstTarget;
      const readers = targetReaders.start[target + 1]! - targetReaders.start[target]!;
      if (position < readers) return targetReaders.items[targetReaders.start[target]! + position]!;
      const at = targetCounters.start[target]! + position - readers;
      return at < targetCounters.start[target + 1]! ? firstCounter + targetCounters.items[at]! : -2;
    }
    const counter = node - firstCounter;
    const at = counterReaders.start[counter]! + position;
    return at < counterReaders.start[counter + 1]! ? counterReaders.items[at]! : -2;
  };

  const groupOf = new Int32Array(nOffers).fill(-1);
  let openOffers = 0;
  for (let offer = 0; offer < nOffers; offer++) if (offerVal[offer] === U) openOffers++;
  if (openOffers < 1) return { groupOf, groups: [] };

  // Tarjan's state only for the nodes left unknown, under compact ids.
  const compact = workspaceOf(graph).int32("compact", n, -1);
  let m = 0;
  for (let node = 0; node < n; node++) if (inside(node)) compact[node] = m++;
  const order = new Int32Array(m).fill(-1);
  const low = new Int32Array(m);
  const onStack = new Uint8Array(m);
  const stack = new Int32Array(m);
  const callNode = new Int32Array(m);
  const callPosition = new Int32Array(m);
  let stackTop = 0;
  let callTop = 0;
  let counter = 0;
  const found: number[][] = [];

  for (let start = 0; start < n; start++) {
    const s0 = compact[start]!;
    if (s0 < 0 || order[s0] !== -1) continue;
    order[s0] = low[s0] = counter++;
    stack[stackTop++] = start;
    onStack[s0] = 1;
    callNode[callTop] = start;
    callPosition[callTop] = 0;
    callTop++;
    while (callTop > 0) {
      const v = callNode[callTop - 1]!;
      const cv = compact[v]!;
      const w = successor(v, callPosition[callTop - 1]!);
      if (w !== -2) {
        callPosition[callTop - 1]!++;
        const cw = w < 0 ? -1 : compact[w]!;
        if (cw < 0) continue;
        if (order[cw] === -1) {
          order[cw] = low[cw] = counter++;
          stack[stackTop++] = w;
          onStack[cw] = 1;
          callNode[callTop] = w;
          callPosition[callTop] = 0;
          callTop++;
        } else if (onStack[cw] === 1 && order[cw]! < low[cv]!) {
          low[cv] = order[cw]!;
        }
        continue;
      }
      callTop--;
      if (callTop > 0) {
        const cu = compact[callNode[callTop - 1]!]!;
        if (low[cv]! < low[cu]!) low[cu] = low[cv]!;
      }
      if (low[cv] === order[cv]) {
        const members: number[] = [];
        let size = 0;
        let w2: number;
        do {
          w2 = stack[--stackTop]!;
          onStack[compact[w2]!] = 0;
          size++;
          if (w2 < nOffers) members.push(w2);
        } while (w2 !== v);
        if (size > 1 && members.length > 0) found.push(members.sort((a, b) => a - b));
      }
    }
  }
  found.sort((a, b) => a[0]! - b[0]!);
  found.forEach((members, g) => {
    for (const member of members) groupOf[member] = g;
  });
  return { groupOf, groups: found };
}
