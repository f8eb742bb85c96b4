// The facts of a scenario, and the value each fact atom takes under them, with the
// implications between facts: a peace agreement implies a ceasefire, and a request by
// a named actor is a request. Facts are looked up by key (see `factKey`) in the
// scenario's own object; the facts about each actor (requests to it, its inclusion),
// one per actor, are read by actor number instead (see the graph).
import { invalidArgument } from "../../internal/errors.js";
import { BUILTIN_CONTRIBUTION_TYPES } from "../../model/builtin-contribution-types.js";
import { isCountryCode } from "../../model/country-codes.js";
import type { Condition, ConditionAtom, Dataset } from "../../model/types.js";
import { atomKey } from "../fact-key.js";
import type { Scenario } from "../types.js";
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
  for (const key of namedRequests) if (given[key]) for (const to of requestTargets(key)) targets.add(to);
  return targets;
}

/** The possible `to` of a key `request:<by>:<to>`, split at every colon after `request:` and one character. @internal */
export function requestTargets(key: string): string[] {
  const targets: string[] = [];
  for (let at = key.indexOf(":", 9); at >= 0; at = key.indexOf(":", at + 1)) targets.push(key.slice(at + 1));
  return targets;
}

/** Whether a key is a request by a named actor, `request:<by>:<to>` with `by` not `*`. @internal */
export const isNamedRequest = (key: string): boolean => key.startsWith("request:") && !key.startsWith("request:*:");

/**
 * Whether `key` set to `value` contradicts another fact (see checkScenario): a peace
 * agreement without its ceasefire; no request at all, but one by a named actor.
 * @internal
 */
export function contradicts(key: string, value: boolean, lookup: (key: string) => boolean | undefined, anyNamedRequest: (to: string) => boolean): boolean {
  if (key.startsWith("peace:agreement:")) return value && lookup(`peace:ceasefire:${key.slice(16)}`) === false;
  if (key.startsWith("peace:ceasefire:")) return !value && lookup(`peace:agreement:${key.slice(16)}`) === true;
  if (key.startsWith("request:*:")) return !value && anyNamedRequest(key.slice(10));
  return value && isNamedRequest(key) && requestTargets(key).some((to) => lookup(`request:*:${to}`) === false);
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

// ---------------------------------------------------------------------------
// Checking the keys a scenario sets: a misspelt key ("approval:NO.parliment") would
// otherwise leave every verdict as it was, silently.

/** What the dataset declares, for the keys that name it. */
interface Declared {
  readonly actors: ReadonlySet<string>;
  readonly institutions: ReadonlySet<string>;
  readonly types: ReadonlySet<string>;
}

/**
 * Checks that every fact the scenario sets names what the dataset knows, unless
 * `scenario.allowUnknownFacts`: a key some condition reads (or the ceasefire of an
 * agreement read, or the reverse), or one of a kind atoms read about a declared
 * institution (`approval:`), actor (`inclusion:`, `mandate:`, both actors of a
 * `request:`, `*` for anyone) or a country code (`peace:`); a `commitment:` key naming
 * an actor and a contribution type the dataset declares, or those of an offer. It costs
 * a pass over the declared records; the offers are read only for a `commitment:` key
 * naming what is not declared, and the conditions walked only for a key neither
 * declared nor among the facts the evaluation read (`read`, its fact nodes), and only
 * until every such key is found.
 *
 * @throws {CoalitionError} `invalid_argument` for the first key (in the scenario's
 *   order) that names nothing the dataset knows, with the closest known key suggested;
 *   or for a threshold key (its value follows from the commitments).
 * @internal
 */
export function checkFactKeys(dataset: Dataset, scenario: Scenario, read: readonly FactNode[]): void {
  const facts = scenario.facts;
  if (scenario.allowUnknownFacts === true || facts === undefined) return;
  let declared: Declared | undefined;
  // In the scenario's order, the keys not known yet.
  const unknown = new Set<string>();
  for (const key of Object.keys(facts)) {
    if (facts[key] === undefined) continue;
    if (key.startsWith("threshold:")) {
      throw invalidArgument("facts", `fact ${quoteKey(key)} cannot be set: a threshold's value follows from the other commitments`);
    }
    // A free-form fact is declared nowhere but in the conditions that read it; an offer
    // may name an actor or a type that a dataset built by hand does not declare.
    if (key.startsWith("fact:")) unknown.add(key);
    else if (!namesKnown(key, (declared ??= declarations(dataset))) && !(key.startsWith("commitment:") && namesOffer(dataset, key))) unknown.add(key);
  }
  if (unknown.size === 0) return;
  const settle = (atom: ConditionAtom, holder: string): void => {
    if (atom.kind === "threshold" || atom.kind === "commitment") return;
    unknown.delete(atomKey(atom, holder) as string);
    // An agreement in force implies a ceasefire: either key moves the other's atoms.
    if (atom.kind === "peace") unknown.delete(`peace:${atom.form === "agreement" ? "ceasefire" : "agreement"}:${atom.country}`);
  };
  // Only the atoms of a kind some unknown key is of can settle one: most often the free-form facts alone.
  const kinds = new Set<string>();
  for (const key of unknown) kinds.add(key.slice(0, key.indexOf(":")));
  for (const { atom, holder } of read) if (kinds.has(atom.kind)) settle(atom, holder);
  if (unknown.size > 0) visitAtoms(dataset, settle, () => unknown.size === 0);
  if (unknown.size === 0) return;
  const first = unknown.values().next().value as string;
  const closest = closestKey(first, knownKeys(dataset, (declared ??= declarations(dataset))));
  throw invalidArgument("facts", `fact ${quoteKey(first)}${unknown.size > 1 ? ` (and ${unknown.size - 1} more)` : ""} names nothing the dataset knows, so it would change nothing.` +
      `${closest === undefined ? "" : ` Did you mean ${quoteKey(closest)}?`} Set allowUnknownFacts to allow facts the dataset does not know.`,
  );
}

/** The actors, institutions and contribution types the dataset declares. */
function declarations(dataset: Dataset): Declared {
  const actors = new Set<string>();
  for (const list of [dataset.states, dataset.organizations, dataset.coalitions]) for (const { id } of list) actors.add(id);
  const types = new Set(BUILTIN_CONTRIBUTION_TYPES.map((type) => type.id));
  for (const { id } of dataset.contributionTypes) types.add(id);
  return { actors, institutions: new Set(dataset.institutions.map(({ id }) => id)), types };
}

/** Whether some offer of the dataset is by the actor and of the type a `commitment:<actor>:<type>` key names (any split). */
function namesOffer(dataset: Dataset, key: string): boolean {
  for (const { actor, type } of dataset.commitments) {
    if (key.length === 12 + actor.length + type.length && key.startsWith(actor, 11) && key.endsWith(type) && key[11 + actor.length] === ":") return true;
  }
  return false;
}

/**
 * Whether a key (not a free-form fact's) names what the dataset declares. Ids may hold
 * colons: each split is tried. Asked once per key the scenario sets (tens of thousands
 * on a large dataset): no function made per key.
 */
function namesKnown(key: string, { actors, institutions, types }: Declared): boolean {
  const colon = key.indexOf(":");
  const rest = key.slice(colon + 1);
  switch (key.slice(0, colon)) {
    case "peace":
      // Both forms are nine letters long, and hold no colon.
      return (rest.startsWith("agreement:") || rest.startsWith("ceasefire:")) && isCountryCode(rest.slice(10));
    case "approval":
      return institutions.has(rest);
    case "inclusion":
    case "mandate":
      return actors.has(rest);
    case "request":
      return splitsInto(rest, actors, actors, true);
    case "commitment":
      return splitsInto(rest, actors, types, false);
    default:
      return false;
  }
}

/** Whether `rest` splits at a colon into a first part in `first` (or `*` where `anyone`) and a second in `second`. */
function splitsInto(rest: string, first: ReadonlySet<string>, second: ReadonlySet<string>, anyone: boolean): boolean {
  for (let at = rest.indexOf(":"); at >= 0; at = rest.indexOf(":", at + 1)) {
    const head = rest.slice(0, at);
    if (((anyone && head === "*") || first.has(head)) && second.has(rest.slice(at + 1))) return true;
  }
  return false;
}

/**
 * Calls `visit` on every atom of every condition of the dataset, with the actor whose
 * condition holds it (for a coalition's condition, each actor offering to it, then the
 * coalition itself), until `done`. Iterative: conditions may be deep.
 */
function visitAtoms(dataset: Dataset, visit: (atom: ConditionAtom, holder: string) => void, done: () => boolean): void {
  const coalitions = new Map(dataset.coalitions.map((coalition) => [coalition.id, coalition]));
  const walked = new Set<string>();
  const stack: Condition[] = [];
  const walk = (root: Condition, holder: string): void => {
    stack.push(root);
    while (stack.length > 0) {
      const node = stack.pop() as Condition;
      if (node.kind === "all" || node.kind === "any") for (const child of node.of) stack.push(child);
      else if (node.kind === "not") stack.push(node.of);
      else visit(node, holder);
    }
  };
  for (const { actor, condition, coalition } of dataset.commitments) {
    if (condition !== undefined) walk(condition, actor);
    const wide = coalition === undefined ? undefined : coalitions.get(coalition)?.condition;
    if (wide !== undefined && !walked.has(`${coalition}\n${actor}`)) {
      walked.add(`${coalition}\n${actor}`);
      walk(wide, actor);
    }
    if (done()) return;
  }
  for (const { id, condition } of dataset.coalitions) if (condition !== undefined) walk(condition, id);
}

/**
 * The candidates of a suggestion: every key some condition reads (a ceasefire for an
 * agreement too), and the keys of the declared records and offers.
 */
function knownKeys(dataset: Dataset, { actors, institutions }: Declared): Set<string> {
  const known = new Set<string>();
  visitAtoms(
    dataset,
    (atom, holder) => {
      if (atom.kind === "threshold") return;
      known.add(atomKey(atom, holder) as string);
      if (atom.kind === "peace") known.add(`peace:${atom.form === "agreement" ? "ceasefire" : "agreement"}:${atom.country}`);
    },
    () => false,
  );
  for (const id of institutions) known.add(`approval:${id}`);
  for (const id of actors) known.add(`inclusion:${id}`);
  for (const { actor, type } of dataset.commitments) known.add(`commitment:${actor}:${type}`);
  return known;
}

/**
 * The candidate closest to `key` by edit distance, if one is close enough to be a slip
 * (a third of the key, 2 at least): first among the keys of its kind (`peace:`,
 * `approval:`...), then among all.
 */
function closestKey(key: string, candidates: ReadonlySet<string>): string | undefined {
  if (key.length > 256) return undefined;
  const kind = key.slice(0, key.indexOf(":") + 1);
  const sameKind = kind === "" ? [] : [...candidates].filter((candidate) => candidate.startsWith(kind));
  return closestAmong(key, sameKind) ?? closestAmong(key, candidates);
}

function closestAmong(key: string, candidates: Iterable<string>): string | undefined {
  const most = Math.max(2, Math.floor(key.length / 3));
  let best: string | undefined;
  let bestDistance = most + 1;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - key.length) >= bestDistance) continue;
    const distance = editDistance(key, candidate, bestDistance - 1);
    if (distance < bestDistance || (distance === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** The edit distance of `a` and `b` (insertions, deletions, substitutions), or `bound + 1` once it is known to be more than `bound`. */
function editDistance(a: string, b: string, bound: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > bound) return bound + 1;
    previous = current;
  }
  return Math.min(previous[b.length] as number, bound + 1);
}

/** A key quoted for a message: escaped, and cut short. @internal */
export function quoteKey(key: string): string {
  return JSON.stringify(key.length > 80 ? `${key.slice(0, 80)}…` : key);
}
