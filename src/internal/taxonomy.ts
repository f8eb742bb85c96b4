// The contribution taxonomy, once, for the queries, the aggregation, the scenarios and
// the reports: the built-in types, then the dataset's own (the first to declare an id
// wins), each with its chain of broader types.
import type { Dataset } from "../model/types.js";
import { builtinLabel, builtinParents } from "./builtin-types.js";

/** The contribution taxonomy as integer-indexed tables, in declaration order: built-in types first. @internal */
export interface Taxonomy {
  readonly ids: string[];
  readonly index: Map<string, number>;
  /** Per type: its label (its id, for a type nothing declares). */
  readonly labels: string[];
  /** Per type: its broader type, -1 at the top level. */
  readonly parent: number[];
  /** Per type: itself, then its broader types, nearest first. */
  readonly ancestors: number[][];
  /** Per type: itself and every type under it. */
  readonly descendants: number[][];
}

/**
 * Per declared type id, itself and its broader types, nearest first: the built-in types,
 * then the dataset's own (the first to declare an id wins). A type neither declares (data
 * built without the parser) is a top-level type, its chain itself alone; a cycle in such
 * data ends where it comes back.
 * @internal
 */
export function typeChains(dataset: Dataset): Map<string, string[]> {
  const parents = builtinParents();
  for (const type of dataset.contributionTypes) {
    if (!parents.has(type.id)) parents.set(type.id, type.parent);
  }
  const chains = new Map<string, string[]>();
  for (const id of parents.keys()) {
    const chain: string[] = [];
    for (let at: string | undefined = id; at !== undefined && !chain.includes(at); at = parents.get(at)) chain.push(at);
    chains.set(id, chain);
  }
  return chains;
}

/**
 * The built-in taxonomy plus the dataset's own types, indexed in the order they are
 * declared, then `extraIds` (types a caller will look up that nothing may declare) as
 * top-level types.
 * @internal
 */
export function buildTaxonomy(dataset: Dataset, extraIds: Iterable<string> = []): Taxonomy {
  const chains = typeChains(dataset);
  const taxonomy: Taxonomy = { ids: [], index: new Map(), labels: [], parent: [], ancestors: [], descendants: [] };
  // The first to declare an id names it: the built-in types, then the dataset's in order.
  for (const id of builtinParents().keys()) addType(taxonomy, id, builtinLabel(id));
  for (const type of dataset.contributionTypes) addType(taxonomy, type.id, type.label);
  // A broader type nothing declares (unparsed data) is a type of its own, named by its id.
  for (const chain of chains.values()) for (const id of chain) addType(taxonomy, id, id);
  for (const id of extraIds) addType(taxonomy, id, id);
  for (const [id, chain] of chains) {
    const t = taxonomy.index.get(id) as number;
    const ancestors = chain.map((broader) => taxonomy.index.get(broader) as number);
    taxonomy.ancestors[t] = ancestors;
    taxonomy.parent[t] = ancestors[1] ?? -1;
    for (const a of ancestors.slice(1)) (taxonomy.descendants[a] as number[]).push(t);
  }
  return taxonomy;
}

/** The index of a type, adding it as a top-level type (data built without the parser) on first sight. @internal */
export function typeIndexOf(taxonomy: Taxonomy, id: string): number {
  return taxonomy.index.get(id) ?? addType(taxonomy, id, id);
}

/** Adds a type, alone (itself its only ancestor and descendant) unless it is known; returns its index. */
function addType(taxonomy: Taxonomy, id: string, label: string): number {
  const known = taxonomy.index.get(id);
  if (known !== undefined) return known;
  const t = taxonomy.ids.length;
  taxonomy.index.set(id, t);
  taxonomy.ids.push(id);
  taxonomy.labels.push(label);
  taxonomy.parent.push(-1);
  taxonomy.ancestors.push([t]);
  taxonomy.descendants.push([t]);
  return t;
}
