// The contribution taxonomy, numbered: takes the dataset; gives each type an index,
// with its broader types and the types under it as lists of indices.
import { BUILTIN_CONTRIBUTION_TYPES } from "../../model/builtin-contribution-types.js";
import type { Dataset } from "../../model/types.js";

/** The contribution taxonomy as integer-indexed arrays, built-in types first. @internal */
export interface Taxonomy {
  readonly ids: string[];
  readonly index: Map<string, number>;
  readonly labels: string[];
  readonly parent: number[];
  /** Per type: itself and its broader types, nearest first. */
  readonly ancestors: number[][];
  /** Per type: itself and every type under it. */
  readonly descendants: number[][];
}

/**
 * The built-in taxonomy plus the dataset's own types. An id a commitment uses that
 * neither declares (possible in data built without the parser) becomes a top-level type.
 * @internal
 */
export function buildTaxonomy(dataset: Dataset, extraIds: Iterable<string> = []): Taxonomy {
  const ids: string[] = [];
  const labels: string[] = [];
  const parentIds: (string | undefined)[] = [];
  const index = new Map<string, number>();
  const add = (id: string, label: string, parentId: string | undefined) => {
    if (index.has(id)) return;
    index.set(id, ids.length);
    ids.push(id);
    labels.push(label);
    parentIds.push(parentId);
  };
  for (const type of BUILTIN_CONTRIBUTION_TYPES) add(type.id, type.label, type.parent);
  for (const type of dataset.contributionTypes) add(type.id, type.label, type.parent);
  for (const id of extraIds) add(id, id, undefined);

  const parent = parentIds.map((id) => (id === undefined ? -1 : (index.get(id) ?? -1)));
  const ancestors: number[][] = [];
  const descendants: number[][] = ids.map((_, t) => [t]);
  for (let t = 0; t < ids.length; t++) {
    const chain = [t];
    // Bounded walk: the parser rejects taxonomy cycles, but unparsed data could hold one.
    for (let p = parent[t]!; p >= 0 && chain.length <= ids.length; p = parent[p]!) {
      if (chain.includes(p)) break;
      chain.push(p);
      descendants[p]!.push(t);
    }
    ancestors.push(chain);
  }
  return { ids, index, labels, parent, ancestors, descendants };
}
