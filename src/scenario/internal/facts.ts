// The facts of a scenario, and the value each fact atom takes under them, with the
// implications between facts: a peace agreement implies a ceasefire, and a request by
// a named actor is a request. Facts are looked up by key (see `factKey`) in the
// scenario's own object; the facts about each actor (requests to it, its inclusion),
// one per actor, are read by actor number instead (see the graph).
import type { ConditionAtom } from "../../model/types.js";
import { atomKey } from "../fact-key.js";
import { F, T, U } from "./program.js";

/** One fact the conditions read. @internal */
export interface FactNode {
  readonly slot: number;
  /** The first atom that reads it, and whose condition holds that atom. */
  readonly atom: ConditionAtom;
  readonly holder: string;
}

/** A fact's key (see `factKey`). @internal */
export function keyOfFact(fact: FactNode): string {
  // Request atoms and inclusions naming nobody always have their holder here.
  return atomKey(fact.atom, fact.holder)!;
}

/** What a fact lookup by key sees: the scenario's facts, perhaps with one more set. @internal */
export interface FactView {
  get(key: string): boolean | undefined;
  /** Whether some `request:<by>:<to>` with a named `by` is set true. */
  anyNamedRequest(to: string): boolean;
}

/** A fact's truth value, from the scenario's setting (undefined: unknown). */
function truth(value: boolean | undefined): number {
  return value === undefined ? U : value ? T : F;
}

/** The value an atom's fact (of key `key`) takes under `view`. @internal */
export function factValue(atom: ConditionAtom, holder: string, key: string, view: FactView): number {
  const own = view.get(key);
  switch (atom.kind) {
    case "peace":
      if (atom.form === "ceasefire") return view.get(`peace:agreement:${atom.country}`) === true ? T : truth(own);
      return own !== undefined ? truth(own) : view.get(`peace:ceasefire:${atom.country}`) === false ? F : U;
    case "request":
      if (own !== undefined) return truth(own);
      if (atom.by === undefined) return view.anyNamedRequest(holder) ? T : U;
      return view.get(`request:*:${holder}`) === false ? F : U;
    default:
      return truth(own);
  }
}

/**
 * The actors to whom the keys `namedRequests` (each `request:<by>:<to>` with `by`
 * not `*`) hold a request set true. A key
 * `request:<by>:<to>` is split at every colon, since ids may hold colons themselves:
 * each split gives a possible `to`.
 * @internal
 */
export function namedRequestTargets(namedRequests: readonly string[], given: Readonly<Record<string, boolean>>): Set<string> {
  const targets = new Set<string>();
  for (const key of namedRequests) {
    if (!given[key]) continue;
    for (let at = key.indexOf(":", 9); at >= 0; at = key.indexOf(":", at + 1)) targets.add(key.slice(at + 1));
  }
  return targets;
}

/** A scenario's facts, `given`, as a {@link FactView}; `namedRequests` are its keys of requests by named actors. @internal */
export function scenarioView(given: Readonly<Record<string, boolean>>, namedRequests: readonly string[]): FactView {
  let named: Set<string> | undefined;
  return {
    get: (key) => (Object.hasOwn(given, key) ? given[key] : undefined),
    anyNamedRequest(to) {
      named ??= namedRequestTargets(namedRequests, given);
      return named.has(to);
    },
  };
}
