import { deepFreeze } from "../internal/deep-freeze.js";
/**
 * A node of the contribution taxonomy.
 *
 * @category Model
 */
export interface ContributionTypeDefinition {
  /** Built-in ids have no colon; a dataset's own ids are namespaced, `ns:name`. */
  readonly id: string;
  /** The broader type it counts towards; absent at the top level. */
  readonly parent?: string;
  readonly label: string;
  readonly description?: string;
}

/**
 * Version of the built-in taxonomy ({@link BUILTIN_CONTRIBUTION_TYPES}); bumped when a
 * type is added, moved or removed.
 *
 * @example
 * ```ts
 * import { TAXONOMY_VERSION } from "coalition";
 * TAXONOMY_VERSION;
 * //=> "1"
 * ```
 *
 * @category Model
 */
export const TAXONOMY_VERSION = "1";

/**
 * The built-in contribution taxonomy. Totals can be asked at any level: a pledge of
 * `peacekeepers` counts towards `personnel`. Datasets add types of their own under a
 * namespace (`"kiel:heavy-weapons"`, parent `"land-equipment"`) without forking it.
 *
 * @example
 * ```ts
 * import { BUILTIN_CONTRIBUTION_TYPES } from "coalition";
 * BUILTIN_CONTRIBUTION_TYPES.filter((type) => type.parent === "maritime").map((type) => type.id);
 * //=> ["naval-vessels", "minesweepers"]
 * ```
 *
 * @category Model
 */
export const BUILTIN_CONTRIBUTION_TYPES: readonly ContributionTypeDefinition[] = /* @__PURE__ */ deepFreeze(/* @__PURE__ */ builtinTypes());

/** The built-in types with their labels. */
function builtinTypes(): ContributionTypeDefinition[] {
  return [...builtinParents()].map(([id, parent]) => {
    // A label is the id in words, unless it says more.
    const label = id === "peacekeepers" ? "Peacekeepers and ceasefire monitors" : id.charAt(0).toUpperCase() + id.slice(1).replaceAll("-", " ");
    return parent === undefined ? { id, label } : { id, parent, label };
  });
}

/**
 * The built-in types in taxonomy order, each with its parent (undefined at the top).
 * Read from a line of ids, one group per top-level type, apart from the labels: the
 * aggregation needs only the shape, so that is all it bundles.
 * @internal
 */
export function builtinParents(): Map<string, string | undefined> {
  const parents = new Map<string, string | undefined>();
  const groups =
    "personnel ground-troops peacekeepers trainers,air aircraft air-power air-policing,maritime naval-vessels minesweepers," +
    "land-equipment tanks,intelligence,surveillance border-surveillance,logistics transit-hub basing,financial-assistance";
  for (const group of groups.split(",")) {
    const [top, ...under] = group.split(" ") as [string, ...string[]];
    parents.set(top, undefined);
    for (const id of under) parents.set(id, top);
  }
  return parents;
}
