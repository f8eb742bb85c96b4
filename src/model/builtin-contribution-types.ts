import { builtinLabel, builtinParents } from "../internal/builtin-types.js";
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
    const label = builtinLabel(id);
    return parent === undefined ? { id, label } : { id, parent, label };
  });
}
