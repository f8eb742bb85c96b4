// decidingFacts against a brute-force reference, for conditions without negation: every
// subset of up to three unknown facts the dataset reads, with every assignment, evaluated
// cold; the minimal ones that decide the verdict are what decidingFacts lists.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Condition } from "../../src/index.js";
import { decidingFacts, evaluateScenario, prepareScenarios, scenarioSensitivity, type Scenario } from "../../src/scenario.js";
import { dataset, offer } from "../scenario/helpers.js";

const ACTORS = ["GB", "FR", "DE"] as const;
const TYPES = ["ground-troops", "aircraft"] as const;

const atom: fc.Arbitrary<Condition> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom("f1", "f2", "f3", "f4").map((id): Condition => ({ kind: "fact", id, description: id })) },
  { weight: 1, arbitrary: fc.constantFrom("agreement", "ceasefire").map((form): Condition => ({ kind: "peace", form, country: "UA" })) },
  { weight: 1, arbitrary: fc.constantFrom(undefined, "UA").map((by): Condition => (by === undefined ? { kind: "request" } : { kind: "request", by })) },
  {
    weight: 2,
    arbitrary: fc.record({ actor: fc.constantFrom(...ACTORS), type: fc.constantFrom(...TYPES) }).map((fields): Condition => ({ kind: "commitment", ...fields, minStance: "open" })),
  },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 2 }).map((count): Condition => ({ kind: "threshold", count, type: "aircraft", minStance: "open" })) },
);

const condition: fc.Arbitrary<Condition> = fc.letrec<{ tree: Condition }>((tie) => ({
  tree: fc.oneof(
    { maxDepth: 2, depthIdentifier: "condition" },
    atom,
    fc.array(tie("tree"), { minLength: 1, maxLength: 3 }).map((of): Condition => ({ kind: "all", of })),
    fc.array(tie("tree"), { minLength: 1, maxLength: 3 }).map((of): Condition => ({ kind: "any", of })),
  ),
})).tree;

const datasets = fc
  .array(fc.record({ actor: fc.constantFrom(...ACTORS), type: fc.constantFrom(...TYPES), condition }), { minLength: 1, maxLength: 5 })
  .map((entries) =>
    dataset({ commitments: entries.map((entry, i) => offer(`c${i}`, entry.actor, entry.type, { condition: entry.condition, location: { kind: "remote", description: `slot ${i}` } })) }),
  );

/** The minimal sets of up to `max` of `keys` deciding `commitment`, each as "verdict: key=value, …", sorted. */
function bruteForce(data: ReturnType<typeof dataset>, scenario: Scenario, commitment: string, keys: readonly string[], max: number): string[] {
  const found: { verdict: string; facts: Record<string, boolean> }[] = [];
  for (let size = 1; size <= max; size++) {
    const subsets = keys.flatMap((_, start) => subsetsOf(keys.slice(start), size).filter((subset) => subset[0] === keys[start]));
    for (const subset of subsets) {
      for (let mask = 0; mask < 1 << size; mask++) {
        const facts = Object.fromEntries(subset.map((key, bit) => [key, (mask & (1 << bit)) !== 0]));
        let verdict: string | undefined;
        try {
          verdict = evaluateScenario(data, { ...scenario, facts: { ...scenario.facts, ...facts } }).verdicts.find((each) => each.commitment === commitment)!.verdict;
        } catch {
          continue;
        }
        if (verdict === "undetermined") continue;
        if (found.some((set) => set.verdict === verdict && Object.entries(set.facts).every(([key, value]) => facts[key] === value))) continue;
        found.push({ verdict, facts });
      }
    }
  }
  return found.map(canonical).sort();
}

function subsetsOf(items: readonly string[], size: number): string[][] {
  if (size === 0) return [[]];
  return items.flatMap((item, k) => subsetsOf(items.slice(k + 1), size - 1).map((rest) => [item, ...rest]));
}

function canonical(set: { readonly verdict: string; readonly facts: Readonly<Record<string, boolean>> }): string {
  return `${set.verdict}: ${Object.keys(set.facts)
    .sort()
    .map((key) => `${key}=${String(set.facts[key])}`)
    .join(", ")}`;
}

describe("decidingFacts", () => {
  it("lists the minimal sets a brute-force search finds, for conditions without negation", () => {
    fc.assert(
      fc.property(datasets, (data) => {
        const scenario: Scenario = {};
        const prepared = prepareScenarios(data);
        const keys = scenarioSensitivity(data, scenario).map((fact) => fact.key);
        for (const verdict of evaluateScenario(data, scenario).verdicts) {
          const sets = decidingFacts(prepared, scenario, verdict.commitment, { maxSets: 1000, maxCandidates: 16 });
          if (verdict.verdict !== "undetermined") expect(sets).toEqual([]);
          else expect(sets.map(canonical).sort()).toEqual(bruteForce(data, scenario, verdict.commitment, keys, 3));
        }
      }),
      { numRuns: 30 },
    );
  });

  it("lists the same sets on a scenario that sets facts, skipping those that contradict it, and on one answered cold", () => {
    fc.assert(
      fc.property(datasets, scenarios, (data, scenario) => {
        const prepared = prepareScenarios(data);
        // The unknown facts the dataset reads, the offers a `commitment:` key settles
        // included: their facts may still decide others (no request at all rules out a
        // named one).
        const facts = Object.fromEntries(Object.entries(scenario.facts ?? {}).filter(([key]) => !key.startsWith("commitment:")));
        const keys = scenarioSensitivity(data, { ...scenario, facts }).map((fact) => fact.key);
        for (const verdict of evaluateScenario(data, scenario).verdicts) {
          if (verdict.verdict !== "undetermined") continue;
          const sets = decidingFacts(prepared, scenario, verdict.commitment, { maxSets: 1000, maxCandidates: 16 });
          expect(sets.map(canonical).sort()).toEqual(bruteForce(data, scenario, verdict.commitment, keys, 3));
        }
      }),
      { numRuns: 30 },
    );
  });
});

/**
 * Scenarios that set some of the facts the datasets read, without contradicting
 * themselves (so that tried facts may contradict them: a ceasefire ruled out, no request
 * at all, a named request made), now and then with a `commitment:` key (answered cold).
 */
const scenarios: fc.Arbitrary<Scenario> = fc
  .record({
    peace: fc.constantFrom(undefined, "agreement", "no-ceasefire"),
    request: fc.constantFrom(undefined, "none", "by-UA", "not-by-UA"),
    fact: fc.option(fc.boolean(), { nil: undefined }),
    cold: fc.boolean(),
  })
  .map(({ peace, request, fact, cold }) => {
    const facts: Record<string, boolean> = {};
    if (peace === "agreement") facts["peace:agreement:UA"] = true;
    if (peace === "no-ceasefire") facts["peace:ceasefire:UA"] = false;
    for (const actor of ACTORS) {
      if (request === "none") facts[`request:*:${actor}`] = false;
      if (request === "by-UA" || request === "not-by-UA") facts[`request:UA:${actor}`] = request === "by-UA";
    }
    if (fact !== undefined) facts["fact:f1"] = fact;
    if (cold) facts["commitment:FR:aircraft"] = true;
    return { facts, allowUnknownFacts: true };
  });
