// Compiles every offer's condition into a flat postfix program over numbered slots
// (facts, targets, thresholds), and indexes who reads what, so that evaluation is a
// worklist over offers with no recursion anywhere.
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
import type { DatasetIndex } from "./prepare.js";
import { effectiveDate, locationKey, locationMatches, sourceEndDates } from "./select-offers.js";

/** Truth values as bytes, in truth order: AND is min, OR is max, NOT is `2 - v`. @internal */
export const F = 0;
/** @internal */
export const U = 1;
/** @internal */
export const T = 2;

// Program instructions: `(argument << 4) | op`.
/** Push a fact slot's value. @internal */
export const OP_FACT = 0;
/** Push a target's value (under an even number of `not`). @internal */
export const OP_TARGET = 1;
/** Push a target's value, under an odd number of `not`. @internal */
export const OP_TARGET_NEG = 2;
/** Push a threshold slot's value (even `not`s). @internal */
export const OP_THRESH = 3;
/** Push a threshold slot's value (odd `not`s). @internal */
export const OP_THRESH_NEG = 4;
/** Pop `argument` values, push their minimum. @internal */
export const OP_ALL = 5;
/** Pop `argument` values, push their maximum. @internal */
export const OP_ANY = 6;
/** Negate the top value. @internal */
export const OP_NOT = 7;

/** One fact the conditions read, under its key. @internal */
export interface FactNode {
  readonly key: string;
  readonly slot: number;
  /** The first atom that reads it, and whose condition holds that atom. */
  readonly atom: ConditionAtom;
  readonly holder: string;
}

/** A coalition-wide condition compiled for one holder actor. @internal */
export interface CoalitionProgram {
  readonly coalition: Coalition;
  readonly condition: Condition;
  readonly holder: string;
  readonly start: number;
  readonly end: number;
}

/** Rows of an adjacency list: the items of row r are `items[start[r] … start[r+1]]`. @internal */
export interface Rows {
  readonly start: Int32Array;
  readonly items: Int32Array;
}

/** The compiled scenario. @internal */
export interface Graph {
  readonly nOffers: number;
  readonly code: Int32Array;
  /** Per offer: its own program, `code[ownStart[i] … ownEnd[i]]` (empty without a condition). */
  readonly ownStart: Int32Array;
  readonly ownEnd: Int32Array;
  /** Per offer: index in `coalitionPrograms`, or -1. */
  readonly offerCoalition: Int32Array;
  readonly coalitionPrograms: readonly CoalitionProgram[];
  /** Per offer: U when its programs decide it, else its fixed value (no condition: T; overridden). */
  readonly offerFixed: Uint8Array;
  /** Per offer: the taxonomy index of the `commitment:` key that decided it, or -1. */
  readonly overrideType: Int32Array;
  /** The longest program, for the evaluation stack. */
  readonly maxProgram: number;

  readonly facts: readonly FactNode[];
  /** For `request:*:<to>`: the keys of requests by named actors to `to` that atoms read. */
  readonly namedRequests: ReadonlyMap<string, readonly string[]>;
  /**
   * Filled on first use: per fact slot, the offers whose programs read it (for
   * sensitivity), and the working arrays of evaluation, reused from one scenario to
   * the next (evaluation is synchronous, and nothing returned refers to them), so that
   * evaluating again allocates little: on a large heap, allocation means garbage
   * collection, and that costs more than the evaluation.
   */
  readonly lazy: { factReaders?: Rows; workspace?: Workspace; factByKey?: Map<string, FactNode> };

  readonly nTargets: number;
  /** Per target: U when its offers decide it, else its value fixed by a `commitment:` key. */
  readonly targetFixed: Uint8Array;
  /** Per target: the number of matching offers. */
  readonly targetSize: Int32Array;
  /** Per offer: the targets it counts towards. */
  readonly feeds: Rows;
  /** Per target: the offers whose programs read it. */
  readonly targetReaders: Rows;
  /** Per target: the counters it counts towards. */
  readonly targetCounters: Rows;

  readonly nCounters: number;
  /** Per counter: N, the count asked for. */
  readonly counterCount: Int32Array;
  /** Per counter: the number of candidate actors (its targets). */
  readonly counterSize: Int32Array;
  /** Per counter: the offers whose programs read one of its threshold slots. */
  readonly counterReaders: Rows;
  /** Per threshold slot: its counter, and the holder's own target among the counter's (or -1). */
  readonly threshCounter: Int32Array;
  readonly threshSelf: Int32Array;

  /** Offer-to-offer dependency edges: (holder, offer an atom of its condition reads), thresholds included. */
  readonly dependencyEdges: number;
  /** Whether `commitment:` keys of a scenario are compiled in (then the graph serves that scenario only). */
  readonly overridden: boolean;
}

/** The value of every fact slot under the scenario's facts. @internal */
export function factValues(graph: Graph, facts: ReadonlyMap<string, boolean>): Uint8Array {
  const view = baseView(facts);
  const values = new Uint8Array(graph.facts.length);
  for (const fact of graph.facts) values[fact.slot] = factValue(fact.atom, fact.holder, fact.key, view);
  return values;
}

/** What a fact lookup sees: the scenario's facts, perhaps with one more set. @internal */
export interface FactView {
  get(key: string): boolean | undefined;
  /** Whether some `request:<by>:<to>` with a named `by` is set true. */
  anyNamedRequest(to: string): boolean;
}

/**
 * The actors to whom the facts hold a request by a named actor at `value`. A key
 * `request:<by>:<to>` is split at every colon, since ids may hold colons themselves:
 * each split gives a possible `to`.
 * @internal
 */
export function namedRequestTargets(facts: ReadonlyMap<string, boolean>, value: boolean): Set<string> {
  const targets = new Set<string>();
  for (const [key, set] of facts) {
    if (set !== value || !key.startsWith("request:") || key.startsWith("request:*:")) continue;
    for (let at = key.indexOf(":", 9); at >= 0; at = key.indexOf(":", at + 1)) targets.add(key.slice(at + 1));
  }
  return targets;
}

/** The scenario's facts as a {@link FactView}. @internal */
export function baseView(facts: ReadonlyMap<string, boolean>): FactView {
  let named: Set<string> | undefined;
  return {
    get: (key) => facts.get(key),
    anyNamedRequest(to) {
      named ??= namedRequestTargets(facts, true);
      return named.has(to);
    },
  };
}

/**
 * The value an atom's fact takes under `view`, with the implications between facts:
 * an agreement implies a ceasefire, and a named request is a request.
 * @internal
 */
export function factValue(atom: ConditionAtom, holder: string, key: string, view: FactView): number {
  const own = view.get(key);
  switch (atom.kind) {
    case "peace":
      if (atom.form === "ceasefire") {
        if (view.get(`peace:agreement:${atom.country}`) === true) return T;
        return own === undefined ? U : own ? T : F;
      }
      if (own !== undefined) return own ? T : F;
      return view.get(`peace:ceasefire:${atom.country}`) === false ? F : U;
    case "request":
      if (own !== undefined) return own ? T : F;
      if (atom.by === undefined) return view.anyNamedRequest(holder) ? T : U;
      return view.get(`request:*:${holder}`) === false ? F : U;
    default:
      return own === undefined ? U : own ? T : F;
  }
}

interface IntBuffer {
  data: Int32Array;
  length: number;
}

function buffer(capacity: number): IntBuffer {
  return { data: new Int32Array(Math.max(16, capacity)), length: 0 };
}

function push(target: IntBuffer, value: number): void {
  if (target.length === target.data.length) {
    const grown = new Int32Array(target.data.length * 2);
    grown.set(target.data);
    target.data = grown;
  }
  target.data[target.length++] = value;
}

/** Working arrays by name, reused while their length fits. @internal */
export interface Workspace {
  int32(name: string, length: number, fill: number): Int32Array;
  uint8(name: string, length: number, fill: number): Uint8Array;
}

/** The graph's workspace. @internal */
export function workspaceOf(graph: Graph): Workspace {
  let workspace = graph.lazy.workspace;
  if (workspace === undefined) {
    const ints = new Map<string, Int32Array>();
    const bytes = new Map<string, Uint8Array>();
    workspace = {
      int32(name, length, fill) {
        let array = ints.get(name);
        if (array === undefined || array.length !== length) ints.set(name, (array = new Int32Array(length)));
        return array.fill(fill);
      },
      uint8(name, length, fill) {
        let array = bytes.get(name);
        if (array === undefined || array.length !== length) bytes.set(name, (array = new Uint8Array(length)));
        return array.fill(fill);
      },
    };
    graph.lazy.workspace = workspace;
  }
  return workspace;
}

/** Calls `visit(op, slot)` for each leaf of an offer's programs, its own and its coalition's. */
function forEachRead(
  program: Int32Array,
  start: number,
  end: number,
  coalition: number,
  coalitionPrograms: readonly CoalitionProgram[],
  visit: (op: number, slot: number) => void,
): void {
  for (let p = start; p < end; p++) {
    const op = program[p]! & 15;
    if (op < OP_ALL) visit(op, program[p]! >>> 4);
  }
  if (coalition < 0) return;
  const shared = coalitionPrograms[coalition]!;
  for (let p = shared.start; p < shared.end; p++) {
    const op = program[p]! & 15;
    if (op < OP_ALL) visit(op, program[p]! >>> 4);
  }
}

/** The facts by key: built on first use, then kept. @internal */
export function factByKeyOf(graph: Graph): ReadonlyMap<string, FactNode> {
  graph.lazy.factByKey ??= new Map(graph.facts.map((fact) => [fact.key, fact]));
  return graph.lazy.factByKey;
}

/** Per fact slot, the offers whose programs read it: built on first use, then kept. @internal */
export function factReadersOf(graph: Graph): Rows {
  const built = graph.lazy.factReaders;
  if (built !== undefined) return built;
  const start = new Int32Array(graph.facts.length + 1);
  let items = new Int32Array(0);
  let fill = start;
  const scan = (offer: number, filling: boolean) =>
    forEachRead(graph.code, graph.ownStart[offer]!, graph.ownEnd[offer]!, graph.offerCoalition[offer]!, graph.coalitionPrograms, (op, slot) => {
      if (op !== OP_FACT) return;
      if (filling) items[fill[slot]!++] = offer;
      else start[slot + 1]!++;
    });
  for (let i = 0; i < graph.nOffers; i++) scan(i, false);
  for (let k = 0; k < graph.facts.length; k++) start[k + 1]! += start[k]!;
  items = new Int32Array(start[graph.facts.length]!);
  fill = start.slice(0, graph.facts.length);
  for (let i = 0; i < graph.nOffers; i++) scan(i, true);
  const rows = { start, items };
  graph.lazy.factReaders = rows;
  return rows;
}

/** Rows from (row, item) pairs, by counting sort. @internal */
export function rowsOf(rows: number, pairRow: IntBuffer, pairItem: IntBuffer): Rows {
  const start = new Int32Array(rows + 1);
  const count = pairRow.length;
  const rowOf = pairRow.data;
  const itemOf = pairItem.data;
  for (let e = 0; e < count; e++) start[rowOf[e]! + 1]!++;
  for (let r = 0; r < rows; r++) start[r + 1]! += start[r]!;
  const fill = start.slice(0, rows);
  const items = new Int32Array(count);
  for (let e = 0; e < count; e++) items[fill[rowOf[e]!]!++] = itemOf[e]!;
  return { start, items };
}

interface Pairs {
  readonly rows: IntBuffer;
  readonly items: IntBuffer;
}

function pairs(capacity: number): Pairs {
  return { rows: buffer(capacity), items: buffer(capacity) };
}

function pair(target: Pairs, row: number, item: number): void {
  push(target.rows, row);
  push(target.items, item);
}

function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = create()));
  return value;
}

/**
 * Compiles every offer's condition, and the coalition-wide conditions. Independent of
 * the scenario's facts, unless `overrides` (its `commitment:` keys) are given.
 * @internal
 */
export function compileGraph(index: DatasetIndex, overrides?: ReadonlyMap<string, boolean>): Graph {
  const { offers, taxonomy, offerType, dataset } = index;
  const facts = overrides ?? new Map<string, boolean>();
  const hasOverrides = overrides !== undefined;
  const nOffers = offers.length;
  const code = buffer(nOffers * 12);

  // Facts, by kind and fields, so that no key string is built for a fact seen before.
  const factNodes: FactNode[] = [];
  const namedRequests = new Map<string, string[]>();
  const peaceSlots = new Map<string, [number, number]>();
  const requestSlots = new Map<string, number>();
  const namedRequestSlots = new Map<string, number>();
  const simpleSlots = { approval: new Map<string, number>(), inclusion: new Map<string, number>(), mandate: new Map<string, number>(), fact: new Map<string, number>() };
  // The maps by kind give one slot per key already, so no map by key is needed here.
  const newFact = (atom: ConditionAtom, holder: string): number => {
    const key = atomKey(atom, holder)!;
    const slot = factNodes.length;
    const entry = { key, slot, atom, holder };
    factNodes.push(entry);
    if (atom.kind === "request" && atom.by !== undefined) getOrCreate(namedRequests, holder, () => []).push(key);
    return slot;
  };
  const factSlot = (atom: ConditionAtom, holder: string): number => {
    switch (atom.kind) {
      case "peace": {
        let slots = peaceSlots.get(atom.country);
        if (slots === undefined) peaceSlots.set(atom.country, (slots = [-1, -1]));
        const form = atom.form === "agreement" ? 0 : 1;
        if (slots[form] < 0) slots[form] = newFact(atom, holder);
        return slots[form];
      }
      case "request": {
        const map = atom.by === undefined ? requestSlots : namedRequestSlots;
        const field = atom.by === undefined ? holder : `${atom.by}\u0000${holder}`;
        let slot = map.get(field);
        if (slot === undefined) map.set(field, (slot = newFact(atom, holder)));
        return slot;
      }
      default: {
        const field =
          atom.kind === "approval" ? atom.institution : atom.kind === "inclusion" ? (atom.actor ?? holder) : atom.kind === "mandate" ? atom.by : (atom as { id: string }).id;
        const map = simpleSlots[atom.kind as keyof typeof simpleSlots];
        let slot = map.get(field);
        if (slot === undefined) map.set(field, (slot = newFact(atom, holder)));
        return slot;
      }
    }
  };

  // Actors as numbers, offers by (actor, type) as linked lists in dense tables, and
  // targets likewise: one hash lookup per atom (the actor's id), no key strings.
  const typeCount = taxonomy.ids.length + 1;
  const unknownType = typeCount - 1;
  const actorIndex = new Map<string, number>();
  const actorNames: string[] = [];
  const offerActor = new Int32Array(nOffers);
  for (let i = 0; i < nOffers; i++) {
    const actor = offers[i]!.actor;
    let a = actorIndex.get(actor);
    if (a === undefined) {
      a = actorNames.length;
      actorIndex.set(actor, a);
      actorNames.push(actor);
    }
    offerActor[i] = a;
  }
  // Room for the actors that offer, and some that atoms name without offering.
  let capacity = actorNames.length + 16 + (actorNames.length >> 3);
  let firstOffer = new Int32Array(capacity * typeCount).fill(-1);
  let openTargets = new Int32Array(capacity * typeCount).fill(-1);
  const nextOffer = new Int32Array(nOffers).fill(-1);
  const actorNumber = (actor: string): number => {
    let a = actorIndex.get(actor);
    if (a === undefined) {
      a = actorNames.length;
      actorIndex.set(actor, a);
      actorNames.push(actor);
      if (a >= capacity) {
        capacity = Math.max(a + 1, Math.ceil(capacity * 1.5));
        const offersGrown = new Int32Array(capacity * typeCount).fill(-1);
        offersGrown.set(firstOffer);
        firstOffer = offersGrown;
        const targetsGrown = new Int32Array(capacity * typeCount).fill(-1);
        targetsGrown.set(openTargets);
        openTargets = targetsGrown;
      }
    }
    return a;
  };
  const offerRank = new Uint8Array(nOffers);
  for (let i = 0; i < nOffers; i++) offerRank[i] = stanceRank(offers[i]!.stance);
  // Backwards, so each list is in dataset order.
  for (let i = nOffers - 1; i >= 0; i--) {
    const cell = offerActor[i]! * typeCount + offerType[i]!;
    nextOffer[i] = firstOffer[cell]!;
    firstOffer[cell] = i;
  }
  let actorsByType: Map<number, string[]> | undefined;
  const actorsOffering = (t: number): readonly string[] => {
    if (actorsByType === undefined) {
      actorsByType = new Map();
      for (let a = 0; a < actorNames.length; a++) {
        for (let type = 0; type < typeCount; type++) {
          if (firstOffer[a * typeCount + type]! >= 0) getOrCreate(actorsByType, type, () => []).push(actorNames[a]!);
        }
      }
    }
    return actorsByType.get(t) ?? [];
  };

  // Targets: the common variant (stance open, no location) in the dense table, others in maps.
  const targetFixed = buffer(nOffers);
  const targetSize = buffer(nOffers);
  // Each target's offers, appended as the target is made: targets are made one at a time.
  const members = buffer(Math.ceil(nOffers * 3.5));
  const otherTargets = new Map<string, Map<number, number>>();
  let nTargets = 0;
  const targetSlot = (actor: string, typeId: string, minStance: Stance, location: Location | undefined): number => {
    const t = taxonomy.index.get(typeId) ?? unknownType;
    const a = actorNumber(actor);
    const cell = a * typeCount + t;
    let slots: Map<number, number> | undefined;
    if (minStance === "open" && location === undefined) {
      const found = openTargets[cell]!;
      if (found >= 0) return found;
    } else {
      const variant = location === undefined ? minStance : `${minStance}|${locationKey(location)}`;
      slots = otherTargets.get(variant);
      if (slots === undefined) otherTargets.set(variant, (slots = new Map()));
      const found = slots.get(cell);
      if (found !== undefined) return found;
    }
    const slot = nTargets++;
    if (slots === undefined) openTargets[cell] = slot;
    else slots.set(cell, slot);
    const under = t === unknownType ? [] : taxonomy.descendants[t]!;
    let fixed = U;
    if (hasOverrides) {
      const exact = facts.get(`commitment:${actor}:${typeId}`);
      if (exact !== undefined) fixed = exact ? T : F;
      else for (const d of under) if (facts.get(`commitment:${actor}:${taxonomy.ids[d]!}`) === true) fixed = T;
    }
    let size = 0;
    if (fixed === U) {
      const min = stanceRank(minStance);
      for (const d of under) {
        for (let i = firstOffer[a * typeCount + d]!; i >= 0; i = nextOffer[i]!) {
          if (offerRank[i]! >= min && (location === undefined || locationMatches(location, offers[i]!.location))) {
            push(members, i);
            size++;
          }
        }
      }
    }
    push(targetFixed, fixed);
    push(targetSize, size);
    return slot;
  };

  let participantsOf: Map<string, string[]> | undefined;
  const counterCount = buffer(16);
  const counterSize = buffer(16);
  const targetCounterPairs = pairs(64);
  const counters = new Map<string, { slot: number; own: Map<string, number> }>();
  const threshCounter = buffer(16);
  const threshSelf = buffer(16);
  const threshSlots = new Map<string, number>();
  const thresholdSlot = (atom: Extract<ConditionAtom, { kind: "threshold" }>, holder: string): number => {
    const counterKey = `${atom.count}\u0000${atom.type}\u0000${atom.minStance}\u0000${atom.among ?? ""}\u0000${locationKey(atom.location)}`;
    let counter = counters.get(counterKey);
    if (counter === undefined) {
      const slot = counterCount.length;
      const own = new Map<string, number>();
      counter = { slot, own };
      counters.set(counterKey, counter);
      const t = taxonomy.index.get(atom.type);
      let candidates: Iterable<string>;
      if (atom.among !== undefined) {
        participantsOf ??= participantsAsOf(index);
        candidates = participantsOf.get(atom.among) ?? [];
      } else {
        const anyone = new Set<string>();
        if (t !== undefined) for (const d of taxonomy.descendants[t]!) for (const actor of actorsOffering(d)) anyone.add(actor);
        if (hasOverrides && t !== undefined) {
          for (const [key, value] of facts) {
            if (!value || !key.startsWith("commitment:")) continue;
            for (const d of taxonomy.descendants[t]!) {
              const suffix = `:${taxonomy.ids[d]!}`;
              if (key.endsWith(suffix) && key.length > suffix.length + 11) anyone.add(key.slice(11, key.length - suffix.length));
            }
          }
        }
        candidates = anyone;
      }
      for (const actor of candidates) {
        if (own.has(actor)) continue;
        const target = targetSlot(actor, atom.type, atom.minStance, atom.location);
        own.set(actor, target);
        pair(targetCounterPairs, target, slot);
      }
      push(counterCount, atom.count);
      push(counterSize, own.size);
    }
    const key = `${counterKey}\u0000${holder}`;
    let slot = threshSlots.get(key);
    if (slot === undefined) {
      slot = threshCounter.length;
      threshSlots.set(key, slot);
      push(threshCounter, counter.slot);
      push(threshSelf, counter.own.get(holder) ?? -1);
    }
    return slot;
  };

  // Preorder of one tree into reusable arrays (never shrunk: no garbage per tree), then emitted backwards.
  let order: Condition[] = [];
  let parity = new Uint8Array(64);
  let stackNodes: Condition[] = [];
  let stackParity = new Uint8Array(64);
  let maxProgram = 1;
  const compileTree = (root: Condition, holder: string): void => {
    let count = 0;
    let top = 0;
    stackNodes[top] = root;
    stackParity[top] = 0;
    top++;
    while (top > 0) {
      top--;
      const node = stackNodes[top]!;
      const odd = stackParity[top]!;
      if (count === parity.length) {
        const grown = new Uint8Array(count * 2);
        grown.set(parity);
        parity = grown;
      }
      order[count] = node;
      parity[count] = odd;
      count++;
      if (node.kind === "all" || node.kind === "any" || node.kind === "not") {
        const children = node.kind === "not" ? 1 : node.of.length;
        if (top + children > stackParity.length) {
          const grown = new Uint8Array((top + children) * 2);
          grown.set(stackParity);
          stackParity = grown;
        }
        if (node.kind === "not") {
          stackNodes[top] = node.of;
          stackParity[top] = odd ^ 1;
          top++;
        } else {
          for (let c = children - 1; c >= 0; c--) {
            stackNodes[top] = node.of[c]!;
            stackParity[top] = odd;
            top++;
          }
        }
      }
    }
    if (count > maxProgram) maxProgram = count;
    // Emitted in reverse preorder, which is a postfix order: the value of preorder node k
    // of a program code[start … end] is left at position end - 1 - k.
    for (let k = count - 1; k >= 0; k--) {
      const node = order[k]!;
      switch (node.kind) {
        case "all":
          push(code, (node.of.length << 4) | OP_ALL);
          break;
        case "any":
          push(code, (node.of.length << 4) | OP_ANY);
          break;
        case "not":
          push(code, OP_NOT);
          break;
        case "commitment": {
          const slot = targetSlot(node.actor, node.type, node.minStance, node.location);
          push(code, (slot << 4) | (parity[k] === 1 ? OP_TARGET_NEG : OP_TARGET));
          break;
        }
        case "threshold": {
          const slot = thresholdSlot(node, holder);
          push(code, (slot << 4) | (parity[k] === 1 ? OP_THRESH_NEG : OP_THRESH));
          break;
        }
        default: {
          const slot = factSlot(node, holder);
          push(code, (slot << 4) | OP_FACT);
        }
      }
    }
    // Drop references to the tree, but keep the arrays' capacity.
    if (count > 4096) {
      order = [];
      stackNodes = [];
    }
  };

  const coalitions = new Map(dataset.coalitions.map((coalition) => [coalition.id, coalition]));
  const coalitionPrograms: CoalitionProgram[] = [];
  const coalitionIndex = new Map<string, Map<string, number>>();
  const coalitionProgram = (coalitionId: string, holder: string): number => {
    const coalition = coalitions.get(coalitionId);
    if (coalition?.condition === undefined) return -1;
    const byHolder = getOrCreate(coalitionIndex, coalitionId, () => new Map<string, number>());
    const found = byHolder.get(holder);
    if (found !== undefined) return found;
    const start = code.length;
    compileTree(coalition.condition, holder);
    const index = coalitionPrograms.length;
    coalitionPrograms.push({ coalition, condition: coalition.condition, holder, start, end: code.length });
    byHolder.set(holder, index);
    return index;
  };

  const ownStart = new Int32Array(nOffers);
  const ownEnd = new Int32Array(nOffers);
  const offerCoalition = new Int32Array(nOffers).fill(-1);
  const offerFixed = new Uint8Array(nOffers).fill(U);
  const overrideType = new Int32Array(nOffers).fill(-1);
  for (let i = 0; i < nOffers; i++) {
    const offer = offers[i]!;
    if (hasOverrides) {
      const t = offerType[i]!;
      // The exact type speaks first; then a "false" for any broader type covers it.
      let decided = -1;
      if (facts.get(`commitment:${offer.actor}:${offer.type}`) !== undefined) decided = t;
      else for (const a of taxonomy.ancestors[t]!) if (facts.get(`commitment:${offer.actor}:${taxonomy.ids[a]!}`) === false) decided = a;
      if (decided >= 0) {
        overrideType[i] = decided;
        offerFixed[i] = facts.get(`commitment:${offer.actor}:${taxonomy.ids[decided]!}`) ? T : F;
        ownStart[i] = ownEnd[i] = code.length;
        continue;
      }
    }
    ownStart[i] = code.length;
    if (offer.condition !== undefined) compileTree(offer.condition, offer.actor);
    ownEnd[i] = code.length;
    if (offer.coalition !== undefined) offerCoalition[i] = coalitionProgram(offer.coalition, offer.actor);
    if (offer.condition === undefined && offerCoalition[i] === -1) offerFixed[i] = T;
  }

  const nCounters = counterCount.length;
  const program = code.data;
  const threshCounters = threshCounter.data;
  // Who reads targets and counters, from the programs themselves: a count, then a fill.
  const targetStart = new Int32Array(nTargets + 1);
  const counterStart = new Int32Array(nCounters + 1);
  let targetItems = new Int32Array(0);
  let counterItems = new Int32Array(0);
  let targetFill = targetStart;
  let counterFill = counterStart;
  const scan = (offer: number, fill: boolean) => {
    forEachRead(program, ownStart[offer]!, ownEnd[offer]!, offerCoalition[offer]!, coalitionPrograms, (op, slot) => {
      if (op === OP_TARGET || op === OP_TARGET_NEG) {
        if (fill) targetItems[targetFill[slot]!++] = offer;
        else targetStart[slot + 1]!++;
      } else if (op === OP_THRESH || op === OP_THRESH_NEG) {
        const counter = threshCounters[slot]!;
        if (fill) counterItems[counterFill[counter]!++] = offer;
        else counterStart[counter + 1]!++;
      }
    });
  };
  for (let i = 0; i < nOffers; i++) scan(i, false);
  for (let k = 0; k < nTargets; k++) targetStart[k + 1]! += targetStart[k]!;
  for (let k = 0; k < nCounters; k++) counterStart[k + 1]! += counterStart[k]!;
  targetItems = new Int32Array(targetStart[nTargets]!);
  counterItems = new Int32Array(counterStart[nCounters]!);
  targetFill = targetStart.slice(0, nTargets);
  counterFill = counterStart.slice(0, nCounters);
  for (let i = 0; i < nOffers; i++) scan(i, true);
  const targetReaders: Rows = { start: targetStart, items: targetItems };
  const counterReaders: Rows = { start: counterStart, items: counterItems };
  // Feeds (offer to targets) are the members (target to offers) turned round.
  const feedStart = new Int32Array(nOffers + 1);
  const memberOffers = members.data;
  for (let k = 0; k < members.length; k++) feedStart[memberOffers[k]! + 1]!++;
  for (let i = 0; i < nOffers; i++) feedStart[i + 1]! += feedStart[i]!;
  const feedItems = new Int32Array(members.length);
  {
    const fill = feedStart.slice(0, nOffers);
    let k = 0;
    for (let t = 0; t < nTargets; t++) {
      for (let stop = k + targetSize.data[t]!; k < stop; k++) feedItems[fill[memberOffers[k]!]!++] = t;
    }
  }
  const feeds: Rows = { start: feedStart, items: feedItems };
  const sizes = targetSize.data.subarray(0, nTargets);
  // Each offer a target reads is an edge; each offer behind a counter's targets, per reader of the counter.
  let dependencyEdges = 0;
  for (let t = 0; t < nTargets; t++) dependencyEdges += (targetReaders.start[t + 1]! - targetReaders.start[t]!) * sizes[t]!;
  const targetCounters = rowsOf(nTargets, targetCounterPairs.rows, targetCounterPairs.items);
  const behind = new Float64Array(nCounters);
  for (let t = 0; t < nTargets; t++) for (let e = targetCounters.start[t]!; e < targetCounters.start[t + 1]!; e++) behind[targetCounters.items[e]!]! += sizes[t]!;
  for (let c = 0; c < nCounters; c++) dependencyEdges += (counterReaders.start[c + 1]! - counterReaders.start[c]!) * behind[c]!;

  return {
    nOffers,
    code: code.data.subarray(0, code.length),
    ownStart,
    ownEnd,
    offerCoalition,
    coalitionPrograms,
    offerFixed,
    overrideType,
    maxProgram,
    facts: factNodes,
    namedRequests,
    lazy: {},
    nTargets,
    targetFixed: Uint8Array.from(targetFixed.data.subarray(0, nTargets)),
    targetSize: sizes,
    feeds,
    targetReaders,
    targetCounters,
    nCounters,
    counterCount: counterCount.data.subarray(0, nCounters),
    counterSize: counterSize.data.subarray(0, nCounters),
    counterReaders,
    threshCounter: threshCounter.data.subarray(0, threshCounter.length),
    threshSelf: threshSelf.data.subarray(0, threshSelf.length),
    dependencyEdges,
    overridden: hasOverrides,
  };
}

/**
 * Each coalition's participants as of the prepared day: joined on or before it (an
 * "unknown" start counts as of the earliest source) and not left by then (`to` is
 * exclusive). Without a day, those who have not left.
 * @internal
 */
export function participantsAsOf(index: DatasetIndex): Map<string, string[]> {
  const { dataset, asOf } = index;
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
