// A deliberately naive evaluator, written from the documented semantics and nothing
// else: synchronous rounds over all commitments until nothing changes. Small inputs
// only (recursive, quadratic); the library must agree with it.
import { BUILTIN_CONTRIBUTION_TYPES, stanceRank, type Condition, type Dataset, type Location } from "../../src/index.js";
import type { Verdict } from "../../src/scenario.js";

const F = 0;
const U = 1;
const T = 2;
const NAMES: readonly Verdict[] = ["inactive", "undetermined", "active"];

export interface ReferenceVerdict {
  readonly verdict: Verdict;
  readonly cautious: Verdict;
  readonly coordinated: Verdict;
}

/** The place a place lies in: a country's regions, areas and lines are in the country; a bloc's territory next to a country is among its neighbours. */
function around(place: Location): Location | undefined {
  if (place.kind === "region" || place.kind === "areas" || place.kind === "line-of-contact" || place.kind === "behind-demarcation-line") {
    return { kind: "in-country", country: place.country };
  }
  return place.kind === "bloc-territory" && place.adjacentTo !== undefined ? { kind: "neighbouring-countries", of: place.adjacentTo } : undefined;
}

/** Whether an offer at `offered` is where an atom asks (`wanted`): there or at a place under it, of the same kind with the same words where it gives them. */
function at(wanted: Location | undefined, offered: Location | undefined): boolean {
  if (wanted === undefined) return true;
  for (let place = offered; place !== undefined; place = around(place)) {
    const fields = new Map<string, unknown>(Object.entries(place));
    if (Object.entries(wanted).every(([field, value]) => fields.get(field) === value)) return true;
  }
  return false;
}

/**
 * Verdicts of every commitment of `data`, which must hold only offers in force (one
 * per actor, type, location and institution; stance open or above) and coalitions
 * whose participants have no end date.
 */
export function referenceVerdicts(data: Dataset, facts: Readonly<Record<string, boolean>>, openWorld = true): Map<string, ReferenceVerdict> {
  return referenceEvaluation(data, facts, openWorld).verdicts;
}

/**
 * Verdicts as {@link referenceVerdicts}, and the coordination groups: the offers left
 * undetermined that depend on one another, each group's ids in dataset order, the
 * groups ordered by their first. An undetermined offer depends on another when an atom
 * of its condition (or of its coalition's) that is still unknown, and under no part
 * already decided, asks for an offer that the other is one of (for a threshold: one of
 * the other actors it counts), and the other is undetermined.
 */
export function referenceEvaluation(
  data: Dataset,
  facts: Readonly<Record<string, boolean>>,
  openWorld = true,
): { verdicts: Map<string, ReferenceVerdict>; groups: string[][] } {
  const parent = new Map<string, string | undefined>(BUILTIN_CONTRIBUTION_TYPES.map((type) => [type.id, type.parent]));
  for (const type of data.contributionTypes) parent.set(type.id, type.parent);
  const isUnder = (type: string, wanted: string): boolean => {
    for (let t: string | undefined = type; t !== undefined; t = parent.get(t)) if (t === wanted) return true;
    return false;
  };
  const offers = data.commitments;
  const coalitions = new Map(data.coalitions.map((coalition) => [coalition.id, coalition]));
  const fact = (key: string): number => (facts[key] === undefined ? U : facts[key] ? T : F);
  const anyNamedRequestTo = (to: string) =>
    Object.entries(facts).some(([key, value]) => value && key.startsWith("request:") && !key.startsWith("request:*:") && key.endsWith(`:${to}`));

  // The other actors a threshold counts.
  const candidatesOf = (atom: Extract<Condition, { kind: "threshold" }>, holder: string): Set<string> => {
    const candidates = new Set<string>();
    if (atom.among !== undefined) for (const p of coalitions.get(atom.among)?.participants ?? []) candidates.add(p.actor);
    else {
      for (const offer of offers) if (isUnder(offer.type, atom.type)) candidates.add(offer.actor);
      for (const [key, value] of Object.entries(facts)) {
        const [kind, actor, type] = key.split(":");
        if (kind === "commitment" && value && actor !== undefined && type !== undefined && isUnder(type, atom.type)) candidates.add(actor);
      }
    }
    candidates.delete(holder);
    return candidates;
  };

  const atomValue = (atom: Condition, holder: string, values: readonly number[]): number => {
    switch (atom.kind) {
      case "fact":
        return fact(`fact:${atom.id}`);
      case "approval":
        return fact(`approval:${atom.institution}`);
      case "inclusion":
        return fact(`inclusion:${atom.actor ?? holder}`);
      case "mandate":
        return fact(`mandate:${atom.by}`);
      case "peace": {
        const agreement = facts[`peace:agreement:${atom.country}`];
        const ceasefire = facts[`peace:ceasefire:${atom.country}`];
        if (atom.form === "ceasefire") return agreement === true ? T : ceasefire === undefined ? U : ceasefire ? T : F;
        return agreement !== undefined ? (agreement ? T : F) : ceasefire === false ? F : U;
      }
      case "request": {
        const own = facts[`request:${atom.by ?? "*"}:${holder}`];
        if (own !== undefined) return own ? T : F;
        if (atom.by === undefined) return anyNamedRequestTo(holder) ? T : U;
        return facts[`request:*:${holder}`] === false ? F : U;
      }
      case "commitment":
        return offered(atom.actor, atom.type, atom.minStance, values, atom.location, openWorld);
      case "threshold": {
        const candidates = candidatesOf(atom, holder);
        let active = 0;
        let possible = 0;
        for (const actor of candidates) {
          const value = offered(actor, atom.type, atom.minStance, values);
          if (value === T) active++;
          if (value !== F) possible++;
        }
        return active >= atom.count ? T : possible < atom.count ? F : U;
      }
      default:
        throw new Error(`not an atom: ${atom.kind}`);
    }
  };

  // Whether `actor` offers `type` (or a subtype) at `minStance`: a scenario key speaking
  // for the actor first, then its offers; with none at all there (any stance), unknown
  // in the open world.
  function offered(
    actor: string,
    type: string,
    minStance: Parameters<typeof stanceRank>[0],
    values: readonly number[],
    location?: Location,
    open = false,
  ): number {
    const override = facts[`commitment:${actor}:${type}`];
    if (override !== undefined) return override ? T : F;
    for (const [key, value] of Object.entries(facts)) {
      if (value && key.startsWith(`commitment:${actor}:`) && isUnder(key.slice(`commitment:${actor}:`.length), type)) return T;
    }
    let best = F;
    offers.forEach((offer, i) => {
      if (offer.actor === actor && isUnder(offer.type, type) && stanceRank(offer.stance) >= stanceRank(minStance) && at(location, offer.location)) {
        best = Math.max(best, values[i]!);
      }
    });
    const recorded = offers.some((offer) => offer.actor === actor && isUnder(offer.type, type) && at(location, offer.location));
    return open && !recorded ? U : best;
  }

  // `values` is what atoms read; under a `not`, `other` (the other reading) is read instead.
  const evaluate = (condition: Condition, holder: string, values: readonly number[], other: readonly number[]): number => {
    switch (condition.kind) {
      case "all":
        return condition.of.reduce((acc, child) => Math.min(acc, evaluate(child, holder, values, other)), T);
      case "any":
        return condition.of.reduce((acc, child) => Math.max(acc, evaluate(child, holder, values, other)), F);
      case "not":
        return 2 - evaluate(condition.of, holder, other, values);
      default:
        return atomValue(condition, holder, values);
    }
  };

  const commitmentValue = (i: number, values: readonly number[], other: readonly number[]): number => {
    const offer = offers[i]!;
    const override = Object.entries(facts).find(
      ([key]) => key.startsWith(`commitment:${offer.actor}:`) && isUnder(offer.type, key.slice(`commitment:${offer.actor}:`.length)),
    );
    if (override !== undefined) {
      const exact = facts[`commitment:${offer.actor}:${offer.type}`];
      if (exact !== undefined) return exact ? T : F;
      if (Object.entries(facts).some(([key, value]) => !value && key.startsWith(`commitment:${offer.actor}:`) && isUnder(offer.type, key.slice(`commitment:${offer.actor}:`.length)))) return F;
    }
    let value = T;
    if (offer.condition !== undefined) value = Math.min(value, evaluate(offer.condition, offer.actor, values, other));
    const shared = offer.coalition === undefined ? undefined : coalitions.get(offer.coalition)?.condition;
    if (shared !== undefined) value = Math.min(value, evaluate(shared, offer.actor, values, other));
    return value;
  };

  // Kleene: from all unknown, rounds until nothing changes (values only become known).
  let kleene: number[] = offers.map(() => U);
  for (let changed = true; changed; ) {
    const next = offers.map((_, i) => commitmentValue(i, kleene, kleene));
    changed = next.some((value, i) => value !== kleene[i]);
    kleene = next;
  }
  // Readings: what Kleene leaves unknown starts false (cautious) and true (coordinated).
  let lo = kleene.map((value) => (value === U ? F : value));
  let hi = kleene.map((value) => (value === U ? T : value));
  for (let changed = true; changed; ) {
    const nextLo = offers.map((_, i) => (kleene[i] === U ? commitmentValue(i, lo, hi) : kleene[i]!));
    const nextHi = offers.map((_, i) => (kleene[i] === U ? commitmentValue(i, hi, lo) : kleene[i]!));
    changed = nextLo.some((value, i) => value !== lo[i]) || nextHi.some((value, i) => value !== hi[i]);
    lo = nextLo;
    hi = nextHi;
  }
  const verdicts = new Map(
    offers.map((offer, i): [string, ReferenceVerdict] => [offer.id, { verdict: NAMES[kleene[i]!]!, cautious: NAMES[lo[i]!]!, coordinated: NAMES[hi[i]!]! }]),
  );

  // The atoms reached through unknown nodes only.
  const liveAtoms = (condition: Condition, holder: string, out: Condition[]): void => {
    if (evaluate(condition, holder, kleene, kleene) !== U) return;
    if (condition.kind === "all" || condition.kind === "any") for (const child of condition.of) liveAtoms(child, holder, out);
    else if (condition.kind === "not") liveAtoms(condition.of, holder, out);
    else out.push(condition);
  };
  const matches = (j: number, actor: string, type: string, minStance: Parameters<typeof stanceRank>[0], location?: Location) => {
    const other = offers[j]!;
    return other.actor === actor && isUnder(other.type, type) && stanceRank(other.stance) >= stanceRank(minStance) && at(location, other.location);
  };
  const unknown = offers.map((_, i) => kleene[i] === U);
  const reach = offers.map(() => offers.map(() => false));
  offers.forEach((offer, i) => {
    if (!unknown[i]) return;
    const atoms: Condition[] = [];
    if (offer.condition !== undefined) liveAtoms(offer.condition, offer.actor, atoms);
    const shared = offer.coalition === undefined ? undefined : coalitions.get(offer.coalition)?.condition;
    if (shared !== undefined) liveAtoms(shared, offer.actor, atoms);
    for (const atom of atoms) {
      offers.forEach((other, j) => {
        if (!unknown[j]) return;
        if (atom.kind === "commitment" && matches(j, atom.actor, atom.type, atom.minStance, atom.location)) reach[i]![j] = true;
        if (
          atom.kind === "threshold" &&
          candidatesOf(atom, offer.actor).has(other.actor) &&
          matches(j, other.actor, atom.type, atom.minStance) &&
          offered(other.actor, atom.type, atom.minStance, kleene) === U
        ) {
          reach[i]![j] = true;
        }
      });
    }
  });
  for (let k = 0; k < offers.length; k++) {
    for (let i = 0; i < offers.length; i++) for (let j = 0; j < offers.length; j++) if (reach[i]![k] && reach[k]![j]) reach[i]![j] = true;
  }
  const groups: string[][] = [];
  const grouped = new Set<number>();
  offers.forEach((_, i) => {
    if (!reach[i]![i] || grouped.has(i)) return;
    const members = offers.map((_, j) => j).filter((j) => j === i || (reach[i]![j] && reach[j]![i]));
    for (const j of members) grouped.add(j);
    groups.push(members.map((j) => offers[j]!.id));
  });
  return { verdicts, groups };
}
