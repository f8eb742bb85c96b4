import { deepFreeze } from "../parse/deep-freeze.js";
/** A node of the contribution taxonomy. */
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
 */
export const BUILTIN_CONTRIBUTION_TYPES: readonly ContributionTypeDefinition[] = /* @__PURE__ */ deepFreeze([
  { id: "personnel", label: "Personnel" },
  { id: "ground-troops", parent: "personnel", label: "Ground troops" },
  { id: "peacekeepers", parent: "personnel", label: "Peacekeepers and ceasefire monitors" },
  { id: "trainers", parent: "personnel", label: "Trainers" },
  { id: "air", label: "Air" },
  { id: "aircraft", parent: "air", label: "Aircraft" },
  { id: "air-power", parent: "air", label: "Air power" },
  { id: "air-policing", parent: "air", label: "Air policing" },
  { id: "maritime", label: "Maritime" },
  { id: "naval-vessels", parent: "maritime", label: "Naval vessels" },
  { id: "minesweepers", parent: "maritime", label: "Minesweepers" },
  { id: "land-equipment", label: "Land equipment" },
  { id: "tanks", parent: "land-equipment", label: "Tanks" },
  { id: "intelligence", label: "Intelligence" },
  { id: "surveillance", label: "Surveillance" },
  { id: "border-surveillance", parent: "surveillance", label: "Border surveillance" },
  { id: "logistics", label: "Logistics" },
  { id: "transit-hub", parent: "logistics", label: "Transit hub" },
  { id: "basing", parent: "logistics", label: "Basing" },
  { id: "financial-assistance", label: "Financial assistance" },
]);
