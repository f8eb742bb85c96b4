// Compiles and evaluates every offer's condition in one pass over the dataset, and
// keeps only what later steps need: the programs of the offers it leaves undetermined
// (most offers are decided when first met, their program is dropped at once), and
// who reads what among them. Nothing here recurses, whatever the depth of a condition.
//
// A *target* is "actor A offers type T (or a subtype) at stance S (at location L)":
// an OR over A's matching offers, shared by every atom that asks for it. A *counter*
// counts the actors whose target holds, for thresholds. A *threshold slot* is one
// counter read by one holder (whose own offer does not count among "the others").
import { dateStart } from "../../model/partial-date.js";
import { stanceRank } from "../../model/stance-rank.js";
import type { Stance } from "../../model/stance.js";
import type { Coalition, Condition, ConditionAtom, Location } from "../../model/types.js";
import { atomKey } from "../fact-key.js";
import { factValue, type FactNode } from "./facts.js";
import type { CheckedScenario } from "./prepare.js";
import {
  F,
  FIXED_F,
  FIXED_T,
  OP_ALL,
  OP_ANY,
  OP_FACT,
  OP_CONST,
  OP_NOT,
  OP_TARGET,
  OP_TARGET_NEG,
  OP_THRESH,
  OP_THRESH_NEG,
  T,
  U,
  intArray,
  intBuffer,
  push,
  rowsOf,
  runProgram,
  thresholdValue,
  type IntBuffer,
  type Rows,
  type View,
} from "./program.js";
import { numberTable } from "./number-table.js";
import { drain, type Worklist } from "./propagate.js";
import { effectiveDate, IN_FORCE, locationKey, locationMatches, sourceEndDates, type Selection } from "./select-offers.js";

/** A coalition-wide condition compiled for one holder actor, in `sharedCode`. @internal */
export interface CoalitionProgram {
  readonly coalition: Coalition;
  readonly condition: Condition;
  readonly holder: string;
  readonly start: number;
  readonly end: number;
}

/** The tables programs read, in three-valued logic (both polarities read the same). @internal */
export interface Tables extends View {
  readonly threshCounter: Int32Array;
  readonly threshSelf: Int32Array;
  readonly counterCount: Int32Array;
  readonly counterSize: Int32Array;
}

/**
 * The scenario compiled and solved in three-valued logic. Offer values are indexed by
 * commitment; what is kept of the undetermined offers is indexed by their *retained*
 * number r, in dataset order.
 * @internal
 */
export interface Graph {
  readonly selection: Selection;
  /** Per commitment: F, U or T (U also for those not in force, which nothing reads). */
  readonly val: Uint8Array;
  readonly facts: readonly FactNode[];
  /**
   * What programs read: grows when `compileOwn` or `collectFacts` add slots; `facts`
   * (per fact slot) is changed and put back by sensitivity.
   */
  readonly tables: Tables;

  /** The kept programs; anything after them is scratch (see `compileOwn`). */
  readonly code: IntBuffer;
  readonly sharedCode: readonly number[];
  readonly coalitionPrograms: readonly CoalitionProgram[];
  /** Per commitment: index in `coalitionPrograms`, or -1; undefined when no offer has a coalition with a condition. */
  readonly offerCoalition: readonly number[] | undefined;
  /** Per commitment: the taxonomy index of the `commitment:` key that decided it, or -1; undefined without such keys. */
  readonly overrideType: readonly number[] | undefined;
  /**
   * Compiles a commitment's whole condition, after the kept programs, and returns
   * where it starts (it ends at `code.length`); the caller puts `code.length` back. It
   * may add the slots of parts that evaluation did not look at: decided for good, they
   * change no value.
   */
  readonly compileOwn: (offer: number) => number;
  /**
   * Gives a slot to every fact that the condition of an offer in force (not decided by
   * a `commitment:` key) reads: evaluation skips what is decided, and gives slots only
   * to what it reads. For sensitivity, which lists every fact the conditions read.
   */
  readonly collectFacts: () => void;

  /** Offers left undetermined when first evaluated: their commitment and program. */
  readonly nRetained: number;
  readonly retainedOffer: readonly number[];
  readonly retainedStart: readonly number[];
  readonly retainedEnd: readonly number[];

  readonly nTargets: number;
  /** Per target: its matching offers that hold, and those that do not fail (unknown or true). */
  readonly targetTrue: Int32Array;
  readonly targetOpen: Int32Array;
  /** Per commitment, a list of the targets it counts towards while unknown: `feedHead`, then `feedNext` per edge. */
  readonly feedHead: number[];
  readonly feedNext: readonly number[];
  readonly feedTarget: readonly number[];
  /** Per target: the retained offers whose programs read it. */
  readonly targetReaders: Rows;
  /** Per target, a list of the counters it counts towards: `targetCounterHead`, then `targetCounterNext` per edge. */
  readonly targetCounterHead: Int32Array;
  readonly targetCounterNext: readonly number[];
  readonly targetCounterItem: readonly number[];

  readonly nCounters: number;
  /** Per counter: the retained offers whose programs read one of its threshold slots. */
  readonly counterReaders: Rows;

  /** The worklist (of retained offers), and an evaluation stack as long as the longest kept program. */
  readonly work: Worklist;
  readonly stack: Uint8Array;
}

/** Per fact slot, the retained offers whose programs (their own or their coalition's) read it. @internal */
export function factReadersOf(graph: Graph): Rows {
  const rows = intBuffer();
  const items = intBuffer();
  const read = (code: readonly number[], start: number, end: number, r: number) => {
    for (let p = start; p < end; p++) {
      if ((code[p]! & 15) === OP_FACT) {
        push(rows, code[p]! >>> 4);
        push(items, r);
      }
    }
  };
  for (let r = 0; r < graph.nRetained; r++) {
    read(graph.code.data, graph.retainedStart[r]!, graph.retainedEnd[r]!, r);
    const program = graph.offerCoalition?.[graph.retainedOffer[r]!] ?? -1;
    if (program >= 0) read(graph.sharedCode, graph.coalitionPrograms[program]!.start, graph.coalitionPrograms[program]!.end, r);
  }
  return rowsOf(graph.facts.length, rows, items);
}

/** The first position in `keys[from … to]` (sorted) holding at least `key`. */
function lowerBound(keys: readonly number[], from: number, to: number, key: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A truth value from -1 (not set), 0 (false) or 1 (true). */
function truthOf(value: number): number {
  return value < 0 ? U : value === 1 ? T : F;
}

/** A mutable copy of {@link Tables}: the builder swaps in larger arrays as slots are added. */
type MutableTables = { -readonly [K in keyof Tables]: Tables[K] };

function grownU8(array: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  const grown = new Uint8Array(Math.max(size, array.length * 2));
  grown.set(array);
  return grown;
}

function grownI32(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(Math.max(size, array.length * 2));
  grown.set(array);
  return grown;
}

const NO_TYPES: readonly number[] = [];
const GATE_ALL = 0;
const GATE_ANY = 1;
const GATE_NOT = 2;

/**
 * Compiles and evaluates, in dataset order, every offer in force under the scenario's
 * facts (with its `commitment:` keys, if any), then propagates to the
 * three-valued fixed point. An offer decided when first evaluated keeps no program;
 * one left undetermined keeps its program and is evaluated again whenever a target
 * or threshold it reads is decided.
 * @internal
 */
export function buildGraph(selection: Selection, checked: CheckedScenario): Graph {
  const { overrides, hasOverrides, given, anyRequests, namedRequests, inclusions, view: factView } = checked;
  const { dataset, taxonomy, status, actorOf, typeOf, actorIds, actorIndex, actorStart, byActor, byActorKey, conditions, coalitionOf } = selection;
  const commitments = dataset.commitments;
  const n = commitments.length;
  const actorsWithOffers = actorStart.length - 1;
  const typeSpace = taxonomy.ids.length + 1;

  const val = new Uint8Array(n).fill(U);
  const feedHead = intArray(n, -1);
  const feedNext = intBuffer();
  const feedTarget = intBuffer();

  const tables: MutableTables = {
    facts: new Uint8Array(64),
    posTargets: new Uint8Array(256),
    posTrue: new Int32Array(16),
    posFalse: new Int32Array(16),
    negTargets: new Uint8Array(0),
    negTrue: new Int32Array(0),
    negFalse: new Int32Array(0),
    threshCounter: new Int32Array(16),
    threshSelf: new Int32Array(16),
    counterCount: new Int32Array(16),
    counterSize: new Int32Array(16),
  };
  tables.negTargets = tables.posTargets;
  tables.negTrue = tables.posTrue;
  tables.negFalse = tables.posFalse;

  // Facts, by kind and fields: no key string is built for them.
  const factNodes: FactNode[] = [];
  const agreementSlots = new Map<string, number>();
  const ceasefireSlots = new Map<string, number>();
  const approvalSlots = new Map<string, number>();
  const inclusionSlots = new Map<string, number>();
  const mandateSlots = new Map<string, number>();
  const freeSlots = new Map<string, number>();
  // The scenario's facts about each actor with a number (requests to it, its inclusion)
  // by that number: read from the index once, for each kind when first needed, so that
  // they cost no lookup of an id each (-1 where the scenario says nothing).
  let requestAnyOf: Int8Array | undefined;
  let namedTrueOf: Int8Array | undefined;
  let inclusionOf: Int8Array | undefined;
  const requestByOf = new Map<string, Int8Array>();
  /** Per actor number, the value of the key `<prefix><actor id>` among `keys`, or -1 where not set. */
  const byNumber = (keys: readonly string[], prefix: string): Int8Array => {
    const values = new Int8Array(actorIds.length).fill(-1);
    for (const key of keys) {
      if (!key.startsWith(prefix)) continue;
      const a = actorTable.suffix(key, prefix.length);
      if (a >= 0) values[a] = given[key] ? 1 : 0;
    }
    return values;
  };
  /** As `factValue`, for a request to actor `a` or the inclusion of actor `a`. */
  const actorFactValue = (atom: ConditionAtom, a: number): number => {
    if (atom.kind === "inclusion") return truthOf((inclusionOf ??= byNumber(inclusions, "inclusion:"))[a]!);
    const by = (atom as Extract<ConditionAtom, { kind: "request" }>).by;
    requestAnyOf ??= byNumber(anyRequests, "request:*:");
    if (by === undefined) {
      if (requestAnyOf[a]! >= 0) return truthOf(requestAnyOf[a]!);
      if (namedTrueOf === undefined) {
        // Whether a request by some named actor is set true: `request:<by>:<id>`, any split.
        namedTrueOf = new Int8Array(actorIds.length);
        for (const key of namedRequests) {
          if (!given[key]) continue;
          for (let at = key.indexOf(":", 9); at >= 0; at = key.indexOf(":", at + 1)) {
            const to = actorTable.suffix(key, at + 1);
            if (to >= 0) namedTrueOf[to] = 1;
          }
        }
      }
      return namedTrueOf[a] === 1 ? T : U;
    }
    let fromBy = requestByOf.get(by);
    if (fromBy === undefined) requestByOf.set(by, (fromBy = byNumber(by === "*" ? anyRequests : namedRequests, `request:${by}:`)));
    if (fromBy[a]! >= 0) return truthOf(fromBy[a]!);
    return requestAnyOf[a] === 0 ? F : U;
  };
  /** A new fact slot; `a` is the number of the actor it is about, or -1 for one by its fields. */
  const newFact = (atom: ConditionAtom, holder: string, a: number): number => {
    const slot = factNodes.length;
    factNodes.push({ slot, atom, holder });
    if (slot === tables.facts.length) tables.facts = grownU8(tables.facts, slot + 1);
    tables.facts[slot] = a >= 0 ? actorFactValue(atom, a) : factValue(atom, holder, atomKey(atom, holder)!, factView);
    return slot;
  };
  // The facts about the holder itself (requests to it, its inclusion) by the holder's
  // actor number, not its id: every offer asks them, and a map of every actor is large.
  const requestSlotOf = new Int32Array(actorIds.length).fill(-1);
  const inclusionSlotOf = new Int32Array(actorIds.length).fill(-1);
  const namedRequestSlotOf = new Map<string, Int32Array>();
  /** The slot of a fact atom in the condition of `holder`, actor number `a`. */
  const factSlot = (atom: ConditionAtom, holder: string, a: number): number => {
    let slots: Int32Array | undefined;
    if (atom.kind === "request") {
      if (atom.by === undefined) slots = requestSlotOf;
      else {
        slots = namedRequestSlotOf.get(atom.by);
        if (slots === undefined) namedRequestSlotOf.set(atom.by, (slots = new Int32Array(actorIds.length).fill(-1)));
      }
    } else if (atom.kind === "inclusion") {
      // About the holder, or another actor with a number: one slot per actor either way.
      if (atom.actor !== undefined && atom.actor !== holder) a = actorIndex.get(atom.actor) ?? -1;
      if (a < 0) return slotOf(atom, holder);
      slots = inclusionSlotOf;
    } else return slotOf(atom, holder);
    let slot = slots[a]!;
    if (slot < 0) slots[a] = slot = newFact(atom, holder, a);
    return slot;
  };
  /** The slot of a fact atom by its fields (not about an actor with a number). */
  const slotOf = (atom: ConditionAtom, holder: string): number => {
    let map: Map<string, number>;
    let field: string;
    switch (atom.kind) {
      case "peace":
        map = atom.form === "agreement" ? agreementSlots : ceasefireSlots;
        field = atom.country;
        break;
      case "approval":
        map = approvalSlots;
        field = atom.institution;
        break;
      case "inclusion":
        map = inclusionSlots;
        field = atom.actor!;
        break;
      case "mandate":
        map = mandateSlots;
        field = atom.by;
        break;
      default:
        map = freeSlots;
        field = (atom as { id: string }).id;
    }
    let slot = map.get(field);
    if (slot === undefined) map.set(field, (slot = newFact(atom, holder, -1)));
    return slot;
  };

  // Targets. The common variant (stance open, no location) by a number, the others by a string.
  let nTargets = 0;
  let targetTrue = new Int32Array(256);
  let targetOpen = new Int32Array(256);
  let targetCounterHead = new Int32Array(256).fill(-1);
  const targetCounterNext = intBuffer();
  const targetCounterItem = intBuffer();
  const actorTable = numberTable(actorIds);
  /** Whether a `commitment:` key says `actor` offers `typeId` (or, if true, a type under it): F, T, or U where none says. */
  const overridden = (actor: string, typeId: string, under: readonly number[]): number => {
    const exact = overrides.get(`commitment:${actor}:${typeId}`);
    if (exact !== undefined) return exact ? T : F;
    for (const d of under) if (overrides.get(`commitment:${actor}:${taxonomy.ids[d]!}`) === true) return T;
    return U;
  };
  // The common variant (stance open, no location): per type (index + 1, 0 for a type the
  // taxonomy lacks), a column by actor number, so that a known target costs one lookup
  // of the actor. The other variants by a variant string, then a number. An actor with
  // no commitment has no offer: its targets are fixed (false, unless a key says).
  const openTargets: (number[] | undefined)[] = new Array<number[] | undefined>(typeSpace).fill(undefined);
  const otherTargets = new Map<string, Map<number, number>>();
  const unknownMembers = intBuffer();
  const targetSlot = (actor: string, typeId: string, minStance: Stance, location: Location | undefined): number => {
    const t = taxonomy.index.get(typeId) ?? -1;
    const under = t < 0 ? NO_TYPES : taxonomy.descendants[t]!;
    const a = actorTable(actor);
    if (a < 0) return (hasOverrides ? overridden(actor, typeId, under) : F) === T ? FIXED_T : FIXED_F;
    let slots: Map<number, number> | undefined;
    let column: number[] | undefined;
    if (minStance === "open" && location === undefined) {
      column = openTargets[t + 1] ??= intArray(actorIds.length, -1);
      const found = column[a]!;
      if (found !== -1) return found;
    } else {
      const variant = `${minStance}|${location === undefined ? "" : locationKey(location)}`;
      slots = otherTargets.get(variant);
      if (slots === undefined) otherTargets.set(variant, (slots = new Map()));
      const found = slots.get(a * typeSpace + t + 1);
      if (found !== undefined) return found;
    }
    let fixed = hasOverrides ? overridden(actor, typeId, under) : U;
    let countTrue = 0;
    unknownMembers.length = 0;
    if (fixed === U) {
      const min = stanceRank(minStance);
      const from = actorStart[a]!;
      const to = actorStart[a + 1]!;
      for (const d of under) {
        for (let k = lowerBound(byActorKey, from, to, d * 8); k < to && byActorKey[k]! >> 3 === d; k++) {
          if ((byActorKey[k]! & 7) < min) continue;
          const m = byActor[k]!;
          if (location !== undefined && !locationMatches(location, commitments[m]!.location)) continue;
          const value = val[m]!;
          if (value === T) countTrue++;
          else if (value === U) push(unknownMembers, m);
        }
      }
    }
    // Decided already (an offer holds, or all fail, or a `commitment:` key says): decided
    // for good, so a fixed value in place of a target.
    if (fixed === U) fixed = countTrue > 0 ? T : unknownMembers.length === 0 ? F : U;
    if (fixed !== U) {
      const code = fixed === T ? FIXED_T : FIXED_F;
      if (column !== undefined) column[a] = code;
      else slots!.set(a * typeSpace + t + 1, code);
      return code;
    }
    const slot = nTargets++;
    if (column !== undefined) column[a] = slot;
    else slots!.set(a * typeSpace + t + 1, slot);
    if (slot === targetOpen.length) {
      tables.posTargets = tables.negTargets = grownU8(tables.posTargets, slot + 1);
      targetTrue = grownI32(targetTrue, slot + 1);
      targetOpen = grownI32(targetOpen, slot + 1);
      const heads = new Int32Array(targetOpen.length).fill(-1);
      heads.set(targetCounterHead);
      targetCounterHead = heads;
    }
    // Each unknown offer tells the target when it is decided.
    for (let k = 0; k < unknownMembers.length; k++) {
      const m = unknownMembers.data[k]!;
      push(feedTarget, slot);
      push(feedNext, feedHead[m]!);
      feedHead[m] = feedTarget.length - 1;
    }
    targetTrue[slot] = 0;
    targetOpen[slot] = unknownMembers.length;
    tables.posTargets[slot] = U;
    return slot;
  };
  /** A target's value now, whether a slot or a fixed value. */
  const targetValue = (target: number): number => (target >= 0 ? tables.posTargets[target]! : target === FIXED_T ? T : F);

  let participantsOf: Map<string, string[]> | undefined;
  let actorsByType: string[][] | undefined;
  const actorsOffering = (t: number): readonly string[] => {
    if (actorsByType === undefined) {
      const lists: string[][] = taxonomy.ids.map(() => []);
      for (let a = 0; a < actorsWithOffers; a++) {
        let last = -1;
        for (let k = actorStart[a]!; k < actorStart[a + 1]!; k++) {
          const type = typeOf[byActor[k]!]!;
          if (type !== last) lists[type]!.push(actorIds[a]!);
          last = type;
        }
      }
      actorsByType = lists;
    }
    return actorsByType[t]!;
  };
  let nCounters = 0;
  const counters = new Map<string, { slot: number; own: Map<string, number> }>();
  let nThresholds = 0;
  const threshSlots = new Map<string, number>();
  const thresholdSlot = (atom: Extract<ConditionAtom, { kind: "threshold" }>, holder: string): number => {
    const counterKey = `${atom.count}\u0000${atom.type}\u0000${atom.minStance}\u0000${atom.among ?? ""}\u0000${locationKey(atom.location)}`;
    let counter = counters.get(counterKey);
    if (counter === undefined) {
      const slot = nCounters++;
      if (slot === tables.counterCount.length) {
        tables.counterCount = grownI32(tables.counterCount, slot + 1);
        tables.counterSize = grownI32(tables.counterSize, slot + 1);
        tables.posTrue = tables.negTrue = grownI32(tables.posTrue, slot + 1);
        tables.posFalse = tables.negFalse = grownI32(tables.posFalse, slot + 1);
      }
      const own = new Map<string, number>();
      counter = { slot, own };
      counters.set(counterKey, counter);
      const t = taxonomy.index.get(atom.type);
      let candidates: Iterable<string>;
      if (atom.among !== undefined) {
        participantsOf ??= participantsAsOf(selection);
        candidates = participantsOf.get(atom.among) ?? [];
      } else {
        const anyone = new Set<string>();
        if (t !== undefined) for (const d of taxonomy.descendants[t]!) for (const actor of actorsOffering(d)) anyone.add(actor);
        if (hasOverrides && t !== undefined) {
          for (const [key, value] of overrides) {
            if (!value) continue;
            for (const d of taxonomy.descendants[t]!) {
              const suffix = `:${taxonomy.ids[d]!}`;
              if (key.endsWith(suffix) && key.length > suffix.length + 11) anyone.add(key.slice(11, key.length - suffix.length));
            }
          }
        }
        candidates = anyone;
      }
      let countTrue = 0;
      let countFalse = 0;
      // Distinct actors: a set, or participants as of the day (a set's members too).
      for (const actor of candidates) {
        const target = targetSlot(actor, atom.type, atom.minStance, atom.location);
        own.set(actor, target);
        if (target >= 0) {
          push(targetCounterItem, slot);
          push(targetCounterNext, targetCounterHead[target]!);
          targetCounterHead[target] = targetCounterItem.length - 1;
        }
        const value = targetValue(target);
        if (value === T) countTrue++;
        else if (value === F) countFalse++;
      }
      tables.counterCount[slot] = atom.count;
      tables.counterSize[slot] = own.size;
      tables.posTrue[slot] = countTrue;
      tables.posFalse[slot] = countFalse;
    }
    const key = `${counterKey}\u0000${holder}`;
    let slot = threshSlots.get(key);
    if (slot === undefined) {
      slot = nThresholds++;
      threshSlots.set(key, slot);
      if (slot === tables.threshCounter.length) {
        tables.threshCounter = grownI32(tables.threshCounter, slot + 1);
        tables.threshSelf = grownI32(tables.threshSelf, slot + 1);
      }
      tables.threshCounter[slot] = counter.slot;
      tables.threshSelf[slot] = counter.own.get(holder) ?? -1;
    }
    return slot;
  };

  // Preorder with an explicit stack, reused from tree to tree (never shrunk but for
  // its references: no garbage per tree). Emitted as it goes: the program is the preorder.
  let stackNodes: Condition[] = [];
  let stackParity = new Uint8Array(64);
  /** Pushes a node to compile (under `odd` negations) at `top`; returns the new top. */
  const stackUp = (top: number, node: Condition, odd: number): number => {
    if (top === stackParity.length) stackParity = grownU8(stackParity, top + 1);
    stackNodes[top] = node;
    stackParity[top] = odd;
    return top + 1;
  };
  let maxProgram = 1;
  let stack = new Uint8Array(64);
  const compileTree = (root: Condition, holder: string, holderNumber: number, into: IntBuffer): void => {
    // The buffer's array and length in locals: only this function writes to it.
    const data = into.data;
    let length = into.length;
    const start = length;
    let top = 1;
    stackNodes[0] = root;
    stackParity[0] = 0;
    while (top > 0) {
      top--;
      const node = stackNodes[top]!;
      const odd = stackParity[top]!;
      let instruction: number;
      const kind = node.kind;
      if (kind === "all" || kind === "any") {
        const of = node.of;
        const children = of.length;
        instruction = (children << 4) | (kind === "all" ? OP_ALL : OP_ANY);
        for (let c = children - 1; c >= 0; c--) top = stackUp(top, of[c]!, odd);
      } else if (kind === "not") {
        instruction = OP_NOT;
        top = stackUp(top, node.of, odd ^ 1);
      } else if (kind === "commitment") {
        const target = targetSlot(node.actor, node.type, node.minStance, node.location);
        instruction = target >= 0 ? (target << 4) | (odd === 1 ? OP_TARGET_NEG : OP_TARGET) : (targetValue(target) << 4) | OP_CONST;
      } else if (kind === "threshold") {
        instruction = (thresholdSlot(node, holder) << 4) | (odd === 1 ? OP_THRESH_NEG : OP_THRESH);
      } else instruction = (factSlot(node, holder, holderNumber) << 4) | OP_FACT;
      data[length++] = instruction;
    }
    into.length = length;
    const size = length - start;
    if (size > maxProgram) {
      maxProgram = size;
      if (size >= stack.length) stack = new Uint8Array(size * 2);
    }
    // Drop the references to a large tree, but keep the arrays' capacity.
    if (size > 4096) stackNodes = [];
  };

  // Evaluation while compiling: a frame per gate under way. Of each gate, the leaves
  // are looked at first, then the gates below it, so that a leaf that decides it (a
  // false one for `all`, a true one for `any`) spares the walk below; and only what is
  // still unknown is emitted, the decided parts being decided for good (values only go
  // from unknown to true or false, in either reading of coordination). The programs so
  // kept are for evaluating again, never for explanations, which compile in full.
  let frameNodes: Condition[] = [];
  let frameKind = new Uint8Array(16);
  let frameOdd = new Uint8Array(16);
  let frameAcc = new Uint8Array(16);
  let frameIndex = new Int32Array(16);
  let frameCount = new Int32Array(16);
  let frameStart = new Int32Array(16);
  let atomInstruction = 0;
  /** An atom's value now; its instruction is left in `atomInstruction`. */
  const atomValue = (atom: ConditionAtom, holder: string, odd: number): number => {
    if (atom.kind === "commitment") {
      const target = targetSlot(atom.actor, atom.type, atom.minStance, atom.location);
      const value = targetValue(target);
      atomInstruction = target >= 0 ? (target << 4) | (odd === 1 ? OP_TARGET_NEG : OP_TARGET) : (value << 4) | OP_CONST;
      return value;
    }
    if (atom.kind === "threshold") {
      const slot = thresholdSlot(atom, holder);
      atomInstruction = (slot << 4) | (odd === 1 ? OP_THRESH_NEG : OP_THRESH);
      return thresholdValue(tables, slot, tables.posTargets, tables.posTrue, tables.posFalse);
    }
    const slot = factSlot(atom, holder, holderNumber);
    atomInstruction = (slot << 4) | OP_FACT;
    return tables.facts[slot]!;
  };
  // The program being written: its array and length, and its holder's actor number.
  let holderNumber = -1;
  let data: number[] = [];
  let length = 0;
  let top = 0;
  /** Opens a frame for a gate, with its instruction (the count of an `all` or `any` is set when it closes). */
  const openGate = (node: Condition, odd: number) => {
    if (top === frameKind.length) {
      frameKind = grownU8(frameKind, top + 1);
      frameOdd = grownU8(frameOdd, top + 1);
      frameAcc = grownU8(frameAcc, top + 1);
      frameIndex = grownI32(frameIndex, top + 1);
      frameCount = grownI32(frameCount, top + 1);
      frameStart = grownI32(frameStart, top + 1);
    }
    const kind = node.kind === "all" ? GATE_ALL : node.kind === "any" ? GATE_ANY : GATE_NOT;
    frameNodes[top] = node;
    frameKind[top] = kind;
    frameOdd[top] = odd;
    frameAcc[top] = kind === GATE_ANY ? F : T;
    frameIndex[top] = 0;
    frameCount[top] = 0;
    frameStart[top] = length;
    emit(kind === GATE_ALL ? OP_ALL : kind === GATE_ANY ? OP_ANY : OP_NOT);
    top++;
  };
  const emit = (instruction: number) => {
    data[length++] = instruction;
  };
  const evaluateTree = (root: Condition, holder: string, holderOf: number, into: IntBuffer): number => {
    holderNumber = holderOf;
    data = into.data;
    length = into.length;
    const start = length;
    top = 0;
    let returned = -1;
    const rootKind = root.kind;
    if (rootKind === "all" || rootKind === "any" || rootKind === "not") openGate(root, 0);
    else {
      returned = atomValue(root, holder, 0);
      if (returned === U) emit(atomInstruction);
    }
    while (top > 0) {
      const f = top - 1;
      const node = frameNodes[f] as Extract<Condition, { kind: "all" | "any" | "not" }>;
      const odd = frameOdd[f]!;
      if (frameKind[f] === GATE_NOT) {
        let value = returned;
        returned = -1;
        if (value < 0) {
          const child = (node as Extract<Condition, { kind: "not" }>).of;
          const kind = child.kind;
          if (kind === "all" || kind === "any" || kind === "not") {
            openGate(child, odd ^ 1);
            continue;
          }
          value = atomValue(child, holder, odd ^ 1);
          if (value === U) emit(atomInstruction);
        }
        value = 2 - value;
        // Decided: its program is dropped.
        if (value !== U) length = frameStart[f]!;
        top--;
        returned = value;
        continue;
      }
      const all = frameKind[f] === GATE_ALL;
      const stop = all ? F : T;
      let acc = frameAcc[f]!;
      let count = frameCount[f]!;
      if (returned >= 0) {
        if (returned === U) count++;
        acc = all ? (returned < acc ? returned : acc) : returned > acc ? returned : acc;
        returned = -1;
      }
      let descended = false;
      if (acc !== stop) {
        const of = (node as Extract<Condition, { kind: "all" | "any" }>).of;
        const children = of.length;
        // Three sweeps of the children: the facts (a lookup in a small table), then the
        // atoms about other commitments (a lookup of an actor), then the gates. The first
        // notes what the others will find, so that a sweep with nothing to do is skipped.
        // `frameIndex` is 0 before the first sweep, then 1 + the next child to look at
        // among the gates.
        let next = frameIndex[f]!;
        if (next === 0) {
          let others = 0;
          for (let c = 0; c < children; c++) {
            const kind = of[c]!.kind;
            if (kind === "all" || kind === "any" || kind === "not") others |= 2;
            else if (kind === "commitment" || kind === "threshold") others |= 1;
            else {
              const value = atomValue(of[c] as ConditionAtom, holder, odd);
              if (value === U) {
                emit(atomInstruction);
                count++;
              }
              acc = all ? (value < acc ? value : acc) : value > acc ? value : acc;
              if (acc === stop) break;
            }
          }
          if (acc !== stop && (others & 1) !== 0) {
            for (let c = 0; c < children; c++) {
              const kind = of[c]!.kind;
              if (kind !== "commitment" && kind !== "threshold") continue;
              const value = atomValue(of[c] as ConditionAtom, holder, odd);
              if (value === U) {
                emit(atomInstruction);
                count++;
              }
              acc = all ? (value < acc ? value : acc) : value > acc ? value : acc;
              if (acc === stop) break;
            }
          }
          next = (others & 2) !== 0 ? 1 : children + 1;
        }
        if (acc !== stop) {
          for (let c = next - 1; c < children; c++) {
            const child = of[c]!;
            const kind = child.kind;
            if (kind !== "all" && kind !== "any" && kind !== "not") continue;
            frameIndex[f] = c + 2;
            frameAcc[f] = acc;
            frameCount[f] = count;
            openGate(child, odd);
            descended = true;
            break;
          }
        }
      }
      if (descended) continue;
      if (acc !== U) length = frameStart[f]!;
      else data[frameStart[f]!] = (count << 4) | (all ? OP_ALL : OP_ANY);
      top--;
      returned = acc;
    }
    into.length = length;
    const size = length - start;
    if (size > maxProgram) {
      maxProgram = size;
      if (size >= stack.length) stack = new Uint8Array(size * 2);
    }
    // Drop the references to a large tree, but keep the arrays' capacity.
    if (top === 0 && frameNodes.length > 4096) frameNodes = [];
    return returned;
  };

  /** Gives a slot to every fact a tree reads, as compiling it in full would. */
  const collectFactsOf = (root: Condition, holder: string, holderOf: number): void => {
    const pending: Condition[] = [root];
    for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
      if (node.kind === "all" || node.kind === "any") for (const child of node.of) pending.push(child);
      else if (node.kind === "not") pending.push(node.of);
      else if (node.kind !== "commitment" && node.kind !== "threshold") factSlot(node, holder, holderOf);
    }
  };

  const coalitions = new Map(dataset.coalitions.map((coalition) => [coalition.id, coalition]));
  const sharedCode = intBuffer();
  const coalitionPrograms: CoalitionProgram[] = [];
  const coalitionIndex = new Map<string, Map<string, number>>();
  const coalitionProgram = (coalitionId: string, holder: string): number => {
    const coalition = coalitions.get(coalitionId);
    if (coalition?.condition === undefined) return -1;
    let byHolder = coalitionIndex.get(coalitionId);
    if (byHolder === undefined) coalitionIndex.set(coalitionId, (byHolder = new Map()));
    const found = byHolder.get(holder);
    if (found !== undefined) return found;
    const start = sharedCode.length;
    compileTree(coalition.condition, holder, actorIndex.get(holder)!, sharedCode);
    const index = coalitionPrograms.length;
    coalitionPrograms.push({ coalition, condition: coalition.condition, holder, start, end: sharedCode.length });
    byHolder.set(holder, index);
    return index;
  };

  // While compiling, no reader lists exist yet: deciding an offer only updates the
  // counts of the targets it feeds (and of their counters), and every retained offer
  // is evaluated again after the pass, when the reader lists exist.
  const decideTarget = (target: number, value: number) => {
    tables.posTargets[target] = value;
    for (let e = targetCounterHead[target]!; e >= 0; e = targetCounterNext.data[e]!) {
      const counter = targetCounterItem.data[e]!;
      if (value === T) tables.posTrue[counter]!++;
      else tables.posFalse[counter]!++;
    }
  };
  const decide = (offer: number, value: number) => {
    val[offer] = value;
    for (let e = feedHead[offer]!; e >= 0; e = feedNext.data[e]!) {
      const target = feedTarget.data[e]!;
      // It was counted as not failing while unknown.
      if (value === T) targetTrue[target]!++;
      else targetOpen[target]!--;
      if (tables.posTargets[target] !== U) continue;
      if (targetTrue[target]! > 0) decideTarget(target, T);
      else if (targetOpen[target] === 0) decideTarget(target, F);
    }
  };

  const code = intBuffer();
  let offerCoalition: number[] | undefined;
  let overrideType: number[] | undefined;
  const retainedOffer = intBuffer();
  const retainedStart = intBuffer();
  const retainedEnd = intBuffer();
  const targetReaderPairs = { rows: intBuffer(), items: intBuffer() };
  const counterReaderPairs = { rows: intBuffer(), items: intBuffer() };
  /** Adds retained offer r as a reader of what `program[start … end]` reads. */
  const readsOf = (program: readonly number[], start: number, end: number, r: number): void => {
    for (let p = start; p < end; p++) {
      const op = program[p]! & 15;
      if (op === OP_TARGET || op === OP_TARGET_NEG) {
        push(targetReaderPairs.rows, program[p]! >>> 4);
        push(targetReaderPairs.items, r);
      } else if (op === OP_THRESH || op === OP_THRESH_NEG) {
        push(counterReaderPairs.rows, tables.threshCounter[program[p]! >>> 4]!);
        push(counterReaderPairs.items, r);
      }
    }
  };

  for (let i = 0; i < n; i++) {
    if (status[i] !== IN_FORCE) continue;
    const actor = actorIds[actorOf[i]!]!;
    if (hasOverrides) {
      const t = typeOf[i]!;
      // The exact type speaks first; then a "false" for any broader type covers it.
      let decided = -1;
      if (overrides.get(`commitment:${actor}:${taxonomy.ids[t]!}`) !== undefined) decided = t;
      else for (const a of taxonomy.ancestors[t]!) if (overrides.get(`commitment:${actor}:${taxonomy.ids[a]!}`) === false) decided = a;
      if (decided >= 0) {
        (overrideType ??= intArray(n, -1))[i] = decided;
        decide(i, overrides.get(`commitment:${actor}:${taxonomy.ids[decided]!}`) ? T : F);
        continue;
      }
    }
    let program = -1;
    const coalition = coalitionOf.length > 0 ? coalitionOf[i] : undefined;
    if (coalition !== undefined) {
      program = coalitionProgram(coalition, actor);
      if (program >= 0) (offerCoalition ??= intArray(n, -1))[i] = program;
    }
    const condition = conditions[i];
    const start = code.length;
    const value = condition === undefined ? T : evaluateTree(condition, actor, actorOf[i]!, code);
    let both = value;
    if (program >= 0 && value !== F) {
      const shared = coalitionPrograms[program]!;
      const other = runProgram(sharedCode.data, shared.start, shared.end, tables, tables, stack);
      if (other < both) both = other;
    }
    if (both !== U) {
      // Decided at once: its program is not kept.
      code.length = start;
      decide(i, both);
      continue;
    }
    const r = retainedOffer.length;
    push(retainedOffer, i);
    push(retainedStart, start);
    push(retainedEnd, code.length);
    readsOf(code.data, start, code.length, r);
    if (program >= 0) readsOf(sharedCode.data, coalitionPrograms[program]!.start, coalitionPrograms[program]!.end, r);
  }

  const nRetained = retainedOffer.length;
  const queue = new Int32Array(nRetained + 1);
  const queued = new Uint8Array(nRetained);
  const graph: Graph = {
    selection,
    val,
    facts: factNodes,
    tables,
    code,
    sharedCode: sharedCode.data,
    coalitionPrograms,
    offerCoalition,
    overrideType,
    compileOwn: (offer) => {
      const start = code.length;
      compileTree(commitments[offer]!.condition!, commitments[offer]!.actor, actorOf[offer]!, code);
      return start;
    },
    collectFacts: () => {
      for (let i = 0; i < n; i++) {
        const condition = conditions[i];
        if (status[i] !== IN_FORCE || (overrideType?.[i] ?? -1) >= 0 || condition === undefined) continue;
        collectFactsOf(condition, actorIds[actorOf[i]!]!, actorOf[i]!);
      }
    },
    nRetained,
    retainedOffer: retainedOffer.data,
    retainedStart: retainedStart.data,
    retainedEnd: retainedEnd.data,
    nTargets,
    targetTrue,
    targetOpen,
    feedHead,
    feedNext: feedNext.data,
    feedTarget: feedTarget.data,
    targetReaders: rowsOf(nTargets, targetReaderPairs.rows, targetReaderPairs.items),
    targetCounterHead,
    targetCounterNext: targetCounterNext.data,
    targetCounterItem: targetCounterItem.data,
    nCounters,
    counterReaders: rowsOf(nCounters, counterReaderPairs.rows, counterReaderPairs.items),
    work: { queue, queued, head: 0, tail: 0 },
    stack,
  };
  // Every retained offer once more, now that the targets it reads have their counts.
  for (let r = 0; r < nRetained; r++) {
    queued[r] = 1;
    queue[r] = r;
  }
  graph.work.tail = nRetained;
  drain(graph, graph.work);
  return graph;
}

/**
 * Each coalition's participants as of the selection's day: joined on or before it (an
 * "unknown" start counts as of the earliest source) and not left by then (`to` is
 * exclusive). Without a day, those who have not left.
 * @internal
 */
export function participantsAsOf(selection: Selection): Map<string, string[]> {
  const { dataset, asOf } = selection;
  const sourceDates = sourceEndDates(dataset);
  const cache = new Map<string, string>();
  const result = new Map<string, string[]>();
  for (const coalition of dataset.coalitions) {
    const actors = new Set<string>();
    for (const participation of coalition.participants) {
      if (asOf === undefined) {
        if (participation.to === undefined) actors.add(participation.actor);
        continue;
      }
      const from = effectiveDate(participation.from, participation.sources, sourceDates, cache);
      if (from > asOf) continue;
      if (participation.to !== undefined && (dateStart(participation.to) ?? "") <= asOf) continue;
      actors.add(participation.actor);
    }
    result.set(coalition.id, [...actors]);
  }
  return result;
}
