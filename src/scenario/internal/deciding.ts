// "What would decide it": the facts a verdict may depend on (its cone), found from the
// conditions as written: the facts its own and its coalition's conditions read, and those
// of every offer they may wait on (all offers in force of an actor an atom names; all
// offers in force for a threshold). More than it needs, never less: the search over them
// (deciding-facts.ts) finds the minimal sets whatever extra facts it tries.
import type { Condition } from "../../model/types.js";
import { atomKey } from "../fact-key.js";
import type { FactNode } from "./facts.js";
import { relatedKeys, type IncrementalBase } from "./incremental.js";
import type { Namer } from "../../internal/names.js";

/** The keys of the facts commitment `i`'s verdict may depend on, in the order its conditions read them. @internal */
export function factCone(base: IncrementalBase, i: number): string[] {
  const { selection } = base;
  const coalitionCondition = new Map(selection.dataset.coalitions.map((coalition) => [coalition.id, coalition.condition]));
  const keys = new Set<string>();
  const seen = new Set<number>([i]);
  const queue = [i];
  // Each actor's offers (or all of them, for a threshold) are queued once: a cone where
  // many offers wait on a threshold would otherwise walk every offer once per such offer.
  const queuedActors = new Set<number>();
  let queuedAll = false;
  const enqueue = (from: number, to: number) => {
    for (let k = from; k < to; k++) {
      const offer = selection.byActor[k]!;
      if (!seen.has(offer)) seen.add(offer) && queue.push(offer);
    }
  };
  for (let head = 0; head < queue.length; head++) {
    const offer = queue[head]!;
    const holder = selection.dataset.commitments[offer]!.actor;
    const coalition = selection.coalitionOf[offer];
    const pending: Condition[] = [];
    // A stack: the coalition's condition goes in first, so the offer's own is read first.
    for (const condition of [coalition === undefined ? undefined : coalitionCondition.get(coalition), selection.conditions[offer]]) if (condition !== undefined) pending.push(condition);
    for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
      if (node.kind === "all" || node.kind === "any") for (let part = node.of.length - 1; part >= 0; part--) pending.push(node.of[part]!);
      else if (node.kind === "not") pending.push(node.of);
      else if (node.kind === "commitment") {
        const actor = selection.actorIndex.get(node.actor);
        if (actor !== undefined && !queuedAll && !queuedActors.has(actor)) {
          queuedActors.add(actor);
          enqueue(selection.actorStart[actor]!, selection.actorStart[actor + 1]!);
        }
      } else if (node.kind === "threshold") {
        if (!queuedAll) enqueue(0, selection.byActor.length);
        queuedAll = true;
      }
      // With the facts it implies, or that imply it: a named request implies a request.
      else for (const key of relatedKeys(base, atomKey(node, holder)!)) keys.add(key);
    }
  }
  return [...keys].filter((key) => base.byKey.has(key));
}

/** A fact in words, as scenarioSensitivity describes it. @internal */
export function describeFact(namer: Namer, fact: FactNode): string {
  const { atom, holder } = fact;
  if (atom.kind === "request") return `${namer.atom(atom, holder)} to ${namer.actor(holder)}`;
  if (atom.kind === "inclusion") return `${namer.possessive(atom.actor ?? holder)} inclusion in ${atom.in}`;
  return namer.atom(atom, "");
}
