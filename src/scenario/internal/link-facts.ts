// Linking, facts: gives each fact an atom reads a slot in `tables.facts`, set to its
// value under the scenario. Takes the checked scenario and the actors' numbers; gives
// slot numbers for the compiler, and the list of facts read (`nodes`, by slot) for
// explanations and sensitivity. Facts are found by kind and fields, no key string
// built; the facts about one actor (requests to it, its inclusion) by actor number.
import type { ConditionAtom } from "../../model/types.js";
import { atomKey } from "../fact-key.js";
import { factValue, type FactNode } from "./facts.js";
import type { NumberTable } from "./number-table.js";
import type { CheckedScenario } from "./prepare.js";
import { F, T, U } from "./program.js";
import { grownU8, type MutableTables } from "./tables.js";

/** The fact slots given so far, and what finding one needs. @internal */
export interface FactSlots {
  readonly checked: CheckedScenario;
  readonly actorCount: number;
  readonly actorIndex: ReadonlyMap<string, number>;
  readonly actorTable: NumberTable;
  readonly tables: MutableTables;
  /** Per slot: the fact, as the first atom that read it. */
  readonly nodes: FactNode[];
  // Slots by kind, then by field.
  readonly agreement: Map<string, number>;
  readonly ceasefire: Map<string, number>;
  readonly approval: Map<string, number>;
  readonly inclusion: Map<string, number>;
  readonly mandate: Map<string, number>;
  readonly free: Map<string, number>;
  /**
   * The facts about the holder itself (requests to it, its inclusion) by the holder's
   * actor number, not its id: every offer asks them, and a map of every actor is large.
   */
  readonly requestSlotOf: Int32Array;
  readonly inclusionSlotOf: Int32Array;
  readonly namedRequestSlotOf: Map<string, Int32Array>;
  /**
   * The scenario's facts about each actor (requests to it, its inclusion) by actor
   * number, read from the scenario once, for each kind when first needed, so that they
   * cost no lookup of an id each (-1 where the scenario says nothing).
   */
  requestAnyOf: Int8Array | undefined;
  namedTrueOf: Int8Array | undefined;
  inclusionOf: Int8Array | undefined;
  readonly requestByOf: Map<string, Int8Array>;
}

/** No fact slot yet. @internal */
export function factSlots(checked: CheckedScenario, actorIndex: ReadonlyMap<string, number>, actorTable: NumberTable, tables: MutableTables): FactSlots {
  const actorCount = actorIndex.size;
  return {
    checked,
    actorCount,
    actorIndex,
    actorTable,
    tables,
    nodes: [],
    agreement: new Map(),
    ceasefire: new Map(),
    approval: new Map(),
    inclusion: new Map(),
    mandate: new Map(),
    free: new Map(),
    requestSlotOf: new Int32Array(actorCount).fill(-1),
    inclusionSlotOf: new Int32Array(actorCount).fill(-1),
    namedRequestSlotOf: new Map(),
    requestAnyOf: undefined,
    namedTrueOf: undefined,
    inclusionOf: undefined,
    requestByOf: new Map(),
  };
}

/** A truth value from -1 (not set), 0 (false) or 1 (true). */
function truthOf(value: number): number {
  return value < 0 ? U : value === 1 ? T : F;
}

/** The slot of a fact atom in the condition of `holder`, actor number `a`. @internal */
export function factSlot(slots: FactSlots, atom: ConditionAtom, holder: string, a: number): number {
  let byActor: Int32Array | undefined;
  if (atom.kind === "request") {
    if (atom.by === undefined) byActor = slots.requestSlotOf;
    else {
      byActor = slots.namedRequestSlotOf.get(atom.by);
      if (byActor === undefined) slots.namedRequestSlotOf.set(atom.by, (byActor = new Int32Array(slots.actorCount).fill(-1)));
    }
  } else if (atom.kind === "inclusion") {
    // About the holder, or another actor with a number: one slot per actor either way.
    if (atom.actor !== undefined && atom.actor !== holder) a = slots.actorIndex.get(atom.actor) ?? -1;
    if (a < 0) return slotByFields(slots, atom, holder);
    byActor = slots.inclusionSlotOf;
  } else return slotByFields(slots, atom, holder);
  let slot = byActor[a]!;
  if (slot < 0) byActor[a] = slot = newFact(slots, atom, holder, a);
  return slot;
}

/** The slot of a fact atom by its fields (not about an actor with a number). */
function slotByFields(slots: FactSlots, atom: ConditionAtom, holder: string): number {
  let map: Map<string, number>;
  let field: string;
  switch (atom.kind) {
    case "peace":
      map = atom.form === "agreement" ? slots.agreement : slots.ceasefire;
      field = atom.country;
      break;
    case "approval":
      map = slots.approval;
      field = atom.institution;
      break;
    case "inclusion":
      map = slots.inclusion;
      field = atom.actor!;
      break;
    case "mandate":
      map = slots.mandate;
      field = atom.by;
      break;
    default:
      map = slots.free;
      field = (atom as { id: string }).id;
  }
  let slot = map.get(field);
  if (slot === undefined) map.set(field, (slot = newFact(slots, atom, holder, -1)));
  return slot;
}

/** A new fact slot, set to its value; `a` is the number of the actor it is about, or -1 for one by its fields. */
function newFact(slots: FactSlots, atom: ConditionAtom, holder: string, a: number): number {
  const { tables, nodes } = slots;
  const slot = nodes.length;
  nodes.push({ slot, atom, holder });
  if (slot === tables.facts.length) tables.facts = grownU8(tables.facts, slot + 1);
  tables.facts[slot] = a >= 0 ? actorFactValue(slots, atom, a) : factValue(atom, holder, atomKey(atom, holder)!, slots.checked.view);
  return slot;
}

/** As `factValue`, for a request to actor `a` or the inclusion of actor `a`. */
function actorFactValue(slots: FactSlots, atom: ConditionAtom, a: number): number {
  const { inclusions, anyRequests, namedRequests } = slots.checked;
  if (atom.kind === "inclusion") return truthOf((slots.inclusionOf ??= byNumber(slots, inclusions, "inclusion:"))[a]!);
  const by = (atom as Extract<ConditionAtom, { kind: "request" }>).by;
  const requestAnyOf = (slots.requestAnyOf ??= byNumber(slots, anyRequests, "request:*:"));
  if (by === undefined) {
    if (requestAnyOf[a]! >= 0) return truthOf(requestAnyOf[a]!);
    return (slots.namedTrueOf ??= namedRequestsTrue(slots))[a] === 1 ? T : U;
  }
  let fromBy = slots.requestByOf.get(by);
  if (fromBy === undefined) slots.requestByOf.set(by, (fromBy = byNumber(slots, by === "*" ? anyRequests : namedRequests, `request:${by}:`)));
  if (fromBy[a]! >= 0) return truthOf(fromBy[a]!);
  return requestAnyOf[a] === 0 ? F : U;
}

/** Per actor number, the value of the key `<prefix><actor id>` among `keys`, or -1 where not set. */
function byNumber(slots: FactSlots, keys: readonly string[], prefix: string): Int8Array {
  const { given } = slots.checked;
  const values = new Int8Array(slots.actorCount).fill(-1);
  for (const key of keys) {
    if (!key.startsWith(prefix)) continue;
    const a = slots.actorTable.suffix(key, prefix.length);
    if (a >= 0) values[a] = given[key] ? 1 : 0;
  }
  return values;
}

/** Per actor number, 1 where a request to it by some named actor is set true: `request:<by>:<id>`, any split. */
function namedRequestsTrue(slots: FactSlots): Int8Array {
  const { given, namedRequests } = slots.checked;
  const values = new Int8Array(slots.actorCount);
  for (const key of namedRequests) {
    if (!given[key]) continue;
    for (let at = key.indexOf(":", 9); at >= 0; at = key.indexOf(":", at + 1)) {
      const to = slots.actorTable.suffix(key, at + 1);
      if (to >= 0) values[to] = 1;
    }
  }
  return values;
}
