// The built-in contribution taxonomy as data: its shape (ids and parents) apart from its
// labels, so that the aggregation, which needs only the shape, bundles only that. The
// public BUILTIN_CONTRIBUTION_TYPES (src/model) is made of these two.

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

/** The label of a built-in type: its id in words, unless it says more. @internal */
export function builtinLabel(id: string): string {
  return id === "peacekeepers" ? "Peacekeepers and ceasefire monitors" : id.charAt(0).toUpperCase() + id.slice(1).replaceAll("-", " ");
}
