// Linking, thresholds: gives each "at least N other actors offer type T …" a counter,
// shared by every atom that asks the same, over one target per candidate actor (see
// link-targets.ts); and to each (counter, holder) pair a threshold slot, since the
// holder's own offer does not count among "the others". Takes the target slots; gives
// slot numbers, with the counters' counts of targets true and false in the tables.
import type { ConditionAtom } from "../../model/types.js";
import { participantsAsOf } from "./participants.js";
import { F, T } from "./program.js";
import { locationKey, type Selection } from "./select-offers.js";
import { grownI32 } from "./tables.js";
import { linkCounter, targetSlot, targetValue, type TargetSlots } from "./link-targets.js";

type ThresholdAtom = Extract<ConditionAtom, { kind: "threshold" }>;

/** A counter: its slot, and each candidate actor's target (or fixed value). */
interface Counter {
  readonly slot: number;
  readonly own: Map<string, number>;
}

/** The counters and threshold slots given so far. @internal */
export interface ThresholdSlots {
  readonly targets: TargetSlots;
  count: number;
  readonly counters: Map<string, Counter>;
  thresholdCount: number;
  readonly thresholds: Map<string, number>;
  /** Each coalition's participants on the day, when first needed. */
  participantsOf: Map<string, string[]> | undefined;
  /** Per type, the actors with an offer in force of that type, when first needed. */
  actorsByType: string[][] | undefined;
}

/** No counter yet. @internal */
export function thresholdSlots(targets: TargetSlots): ThresholdSlots {
  return { targets, count: 0, counters: new Map(), thresholdCount: 0, thresholds: new Map(), participantsOf: undefined, actorsByType: undefined };
}

/** The threshold slot of `atom` in the condition of `holder`. @internal */
export function thresholdSlot(slots: ThresholdSlots, atom: ThresholdAtom, holder: string): number {
  const counterKey = `${atom.count}\u0000${atom.type}\u0000${atom.minStance}\u0000${atom.among ?? ""}\u0000${locationKey(atom.location)}`;
  let counter = slots.counters.get(counterKey);
  if (counter === undefined) {
    counter = newCounter(slots, atom);
    slots.counters.set(counterKey, counter);
  }
  const key = `${counterKey}\u0000${holder}`;
  let slot = slots.thresholds.get(key);
  if (slot === undefined) {
    const { tables } = slots.targets;
    slot = slots.thresholdCount++;
    slots.thresholds.set(key, slot);
    if (slot === tables.threshCounter.length) {
      tables.threshCounter = grownI32(tables.threshCounter, slot + 1);
      tables.threshSelf = grownI32(tables.threshSelf, slot + 1);
    }
    tables.threshCounter[slot] = counter.slot;
    tables.threshSelf[slot] = counter.own.get(holder) ?? -1;
  }
  return slot;
}

/** A counter for `atom`: a target per candidate actor, linked to it, and how many are true and false now. */
function newCounter(slots: ThresholdSlots, atom: ThresholdAtom): Counter {
  const { targets } = slots;
  const { tables } = targets;
  const slot = slots.count++;
  if (slot === tables.counterCount.length) {
    tables.counterCount = grownI32(tables.counterCount, slot + 1);
    tables.counterSize = grownI32(tables.counterSize, slot + 1);
    tables.posTrue = tables.negTrue = grownI32(tables.posTrue, slot + 1);
    tables.posFalse = tables.negFalse = grownI32(tables.posFalse, slot + 1);
  }
  const own = new Map<string, number>();
  let countTrue = 0;
  let countFalse = 0;
  // Distinct actors: a set, or participants as of the day (a set's members too).
  for (const actor of candidates(slots, atom)) {
    const target = targetSlot(targets, actor, atom.type, atom.minStance, atom.location);
    own.set(actor, target);
    if (target >= 0) linkCounter(targets, target, slot);
    const value = targetValue(tables, target);
    if (value === T) countTrue++;
    else if (value === F) countFalse++;
  }
  tables.counterCount[slot] = atom.count;
  tables.counterSize[slot] = own.size;
  tables.posTrue[slot] = countTrue;
  tables.posFalse[slot] = countFalse;
  return { slot, own };
}

/**
 * The actors a threshold counts: the coalition's participants on the day if it names
 * one; else every actor with an offer of the type (or a type under it), and every
 * actor a `commitment:` key says offers it.
 */
function candidates(slots: ThresholdSlots, atom: ThresholdAtom): Iterable<string> {
  const { selection, overrides, hasOverrides } = slots.targets;
  if (atom.among !== undefined) {
    slots.participantsOf ??= participantsAsOf(selection);
    return slots.participantsOf.get(atom.among) ?? [];
  }
  const { taxonomy } = selection;
  const t = taxonomy.index.get(atom.type);
  const anyone = new Set<string>();
  if (t === undefined) return anyone;
  const byType = (slots.actorsByType ??= actorsByType(selection));
  for (const d of taxonomy.descendants[t]!) for (const actor of byType[d]!) anyone.add(actor);
  if (hasOverrides) {
    for (const [key, value] of overrides) {
      if (!value) continue;
      for (const d of taxonomy.descendants[t]!) {
        const suffix = `:${taxonomy.ids[d]!}`;
        if (key.endsWith(suffix) && key.length > suffix.length + 11) anyone.add(key.slice(11, key.length - suffix.length));
      }
    }
  }
  return anyone;
}

/** Per type, the actors with an offer in force of that type, in order of actor number. */
function actorsByType(selection: Selection): string[][] {
  const { taxonomy, actorStart, byActor, typeOf, actorIds } = selection;
  const lists: string[][] = taxonomy.ids.map(() => []);
  for (let a = 0; a < actorStart.length - 1; a++) {
    let last = -1;
    for (let k = actorStart[a]!; k < actorStart[a + 1]!; k++) {
      const type = typeOf[byActor[k]!]!;
      if (type !== last) lists[type]!.push(actorIds[a]!);
      last = type;
    }
  }
  return lists;
}
