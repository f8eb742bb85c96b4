import { BUILTIN_CONTRIBUTION_TYPES } from "../../model/builtin-contribution-types.js";
import type { Dataset } from "../../model/types.js";

/** The contribution taxonomy as integer-indexed tables. @internal */
export interface Taxonomy {
  readonly ids: string[];
  readonly index: Map<string, number>;
  /** Per type: itself, then its broader types, nearest first. */
  readonly ancestors: number[][];
  /** Per type: itself and every type under it. */
  readonly descendants: number[][];
}

/**
 * The built-in taxonomy plus the dataset's own types. A type id that neither declares
 * (data built without the parser) is added by {@link typeIndexOf} as a top-level type.
 * @internal
 */
export function buildTaxonomy(dataset: Dataset): Taxonomy {
  const taxonomy: Taxonomy = { ids: [], index: new Map(), ancestors: [], descendants: [] };
  const parents = new Map<string, string | undefined>();
  for (const type of [...BUILTIN_CONTRIBUTION_TYPES, ...dataset.contributionTypes]) {
    if (!parents.has(type.id)) parents.set(type.id, type.parent);
  }
  for (const id of parents.keys()) typeIndexOf(taxonomy, id, parents);
  return taxonomy;
}

/** The index of a type, adding it (and its ancestors) on first sight. @internal */
export function typeIndexOf(taxonomy: Taxonomy, id: string, parents?: ReadonlyMap<string, string | undefined>): number {
  const known = taxonomy.index.get(id);
  if (known !== undefined) return known;
  const t = taxonomy.ids.length;
  taxonomy.index.set(id, t);
  taxonomy.ids.push(id);
  taxonomy.descendants.push([t]);
  const parent = parents?.get(id);
  // The index is reserved before the parent is resolved, so a cycle in unparsed data ends here.
  const chain = [t];
  if (parent !== undefined) {
    const p = typeIndexOf(taxonomy, parent, parents);
    for (const a of taxonomy.ancestors[p] ?? [p]) {
      if (chain.includes(a)) break;
      chain.push(a);
      taxonomy.descendants[a]?.push(t);
    }
  }
  taxonomy.ancestors[t] = chain;
  return t;
}
