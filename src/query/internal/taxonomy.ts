import { builtinParents } from "../../model/builtin-contribution-types.js";
import type { Dataset } from "../../model/types.js";

/** The contribution taxonomy as integer-indexed tables. @internal */
export interface Taxonomy {
  readonly ids: string[];
  readonly index: Map<string, number>;
  /** Per type: itself, then its broader types, nearest first. */
  readonly ancestors: number[][];
  /** Per type: itself and every type under it. */
  readonly descendants: number[][];
  /** Per declared type id, its chain (see {@link typeChains}). */
  readonly chains: ReadonlyMap<string, readonly string[]>;
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

/** The built-in taxonomy plus the dataset's own types, indexed. @internal */
export function buildTaxonomy(dataset: Dataset): Taxonomy {
  const taxonomy: Taxonomy = { ids: [], index: new Map(), ancestors: [], descendants: [], chains: typeChains(dataset) };
  for (const id of taxonomy.chains.keys()) typeIndexOf(taxonomy, id);
  return taxonomy;
}

/** The index of a type, adding it (and its broader types, as {@link typeChains} reads them) on first sight. @internal */
export function typeIndexOf(taxonomy: Taxonomy, id: string): number {
  const known = taxonomy.index.get(id);
  if (known !== undefined) return known;
  const t = taxonomy.ids.length;
  taxonomy.index.set(id, t);
  taxonomy.ids.push(id);
  taxonomy.descendants.push([t]);
  const chain = [t];
  for (const broader of taxonomy.chains.get(id)?.slice(1) ?? []) {
    const a = typeIndexOf(taxonomy, broader);
    chain.push(a);
    (taxonomy.descendants[a] as number[]).push(t);
  }
  taxonomy.ancestors[t] = chain;
  return t;
}
