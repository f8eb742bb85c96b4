// Incremental re-evaluation gives what a cold evaluation gives: for random datasets and
// random runs of scenarios (facts set, flipped, made unknown again; the day changed; a
// `commitment:` key now and then), each answer's verdicts, totals and changes are those
// of evaluateScenario and compareScenarios.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Condition, Dataset } from "../../src/index.js";
import { compareScenarios, evaluateScenario, prepareScenarios, reevaluateScenario, type Scenario } from "../../src/scenario.js";
import { dataset, offer } from "../scenario/helpers.js";

const ACTORS = ["GB", "FR", "DE", "PL"] as const;
const TYPES = ["ground-troops", "peacekeepers", "aircraft"] as const;
const KEYS = [
  "fact:f1",
  "fact:f2",
  "fact:f3",
  "peace:agreement:UA",
  "peace:ceasefire:UA",
  ...ACTORS.flatMap((actor) => [`request:*:${actor}`, `request:UA:${actor}`]),
  "approval:GB.government",
  "approval:DE.parliament",
] as const;

const atom: fc.Arbitrary<Condition> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom("f1", "f2", "f3").map((id): Condition => ({ kind: "fact", id, description: id })) },
  { weight: 1, arbitrary: fc.constantFrom("agreement", "ceasefire").map((form): Condition => ({ kind: "peace", form, country: "UA" })) },
  { weight: 1, arbitrary: fc.constantFrom(undefined, "UA").map((by): Condition => (by === undefined ? { kind: "request" } : { kind: "request", by })) },
  { weight: 1, arbitrary: fc.constantFrom("GB.government", "DE.parliament").map((institution): Condition => ({ kind: "approval", institution })) },
  {
    weight: 3,
    arbitrary: fc
      .record({ actor: fc.constantFrom(...ACTORS), type: fc.constantFrom(...TYPES), minStance: fc.constantFrom("open", "ready") })
      .map((fields): Condition => ({ kind: "commitment", ...fields })),
  },
  {
    weight: 1,
    arbitrary: fc.record({ count: fc.integer({ min: 1, max: 3 }), type: fc.constantFrom(...TYPES) }).map(({ count, type }): Condition => ({ kind: "threshold", count, type, minStance: "open" })),
  },
);

const condition: fc.Arbitrary<Condition> = fc.letrec<{ tree: Condition }>((tie) => ({
  tree: fc.oneof(
    { maxDepth: 3, depthIdentifier: "condition" },
    atom,
    fc.array(tie("tree"), { minLength: 1, maxLength: 3 }).map((of): Condition => ({ kind: "all", of })),
    fc.array(tie("tree"), { minLength: 1, maxLength: 3 }).map((of): Condition => ({ kind: "any", of })),
    tie("tree").map((of): Condition => ({ kind: "not", of })),
  ),
})).tree;

const datasets: fc.Arbitrary<Dataset> = fc
  .array(
    fc.record({
      actor: fc.constantFrom(...ACTORS),
      type: fc.constantFrom(...TYPES),
      stance: fc.constantFrom("committed", "ready", "open", "undecided"),
      condition: fc.option(condition, { nil: undefined, freq: 4 }),
      // Stated before or after the second source's day: the day changes what is in force.
      early: fc.boolean(),
      troops: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 10 },
  )
  .map((entries) =>
    dataset({
      commitments: entries.map((entry, i) =>
        offer(`c${i}`, entry.actor, entry.type, {
          stance: entry.stance,
          date: entry.early ? "2025-01-10" : "2025-03-13",
          location: { kind: "remote", description: `slot ${i % 4}` },
          ...(entry.condition === undefined ? {} : { condition: entry.condition }),
          ...(entry.troops === undefined ? {} : { quantity: { claims: [{ value: { kind: "exact", value: entry.troops, unit: "people" }, sources: ["s1"] }] } }),
        }),
      ),
    }),
  );

/** One step: a fact set to true, false or unknown, the day moved, the reading of unrecorded commitments changed, or a `commitment:` key set. */
const step = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(true, false, undefined)).map(([key, value]) => ({ key, value })) },
  { weight: 1, arbitrary: fc.constantFrom(undefined, "2025-02-01", "2025-03-13").map((asOf) => ({ asOf })) },
  { weight: 1, arbitrary: fc.constantFrom(undefined, "unknown", "false").map((reading) => ({ reading })) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...ACTORS), fc.boolean()).map(([actor, value]) => ({ key: `commitment:${actor}:aircraft`, value })) },
);

type Step =
  | { readonly key: string; readonly value: boolean | undefined }
  | { readonly asOf: string | undefined }
  | { readonly reading: "unknown" | "false" | undefined };

/** The scenario after a step, without a contradiction (a peace agreement without a ceasefire, a named request without any). */
function next(scenario: Scenario, change: Step): Scenario {
  if ("asOf" in change) {
    const { asOf: _, ...rest } = scenario;
    return change.asOf === undefined ? rest : { ...rest, asOf: change.asOf };
  }
  if ("reading" in change) {
    const { unrecordedCommitments: _, ...rest } = scenario;
    return change.reading === undefined ? rest : { ...rest, unrecordedCommitments: change.reading };
  }
  const facts: Record<string, boolean> = { ...scenario.facts };
  if (change.value === undefined) delete facts[change.key];
  else facts[change.key] = change.value;
  if (facts["peace:agreement:UA"] === true && facts["peace:ceasefire:UA"] === false) delete facts[change.key === "peace:agreement:UA" ? "peace:ceasefire:UA" : "peace:agreement:UA"];
  for (const actor of ACTORS) {
    if (facts[`request:UA:${actor}`] === true && facts[`request:*:${actor}`] === false) delete facts[change.key === `request:*:${actor}` ? `request:UA:${actor}` : `request:*:${actor}`];
  }
  return { ...scenario, facts };
}

function expectSameAsCold(data: Dataset, before: Scenario, scenario: Scenario, update: ReturnType<typeof reevaluateScenario>): void {
  const cold = evaluateScenario(data, scenario, { explain: false });
  expect(update.asOf).toBe(cold.asOf);
  expect(update.verdicts).toEqual(cold.verdicts.map(({ commitment, actor, type, verdict }) => ({ commitment, actor, type, verdict })));
  expect(update.totals).toEqual(cold.totals);
  expect(update.changed).toEqual(compareScenarios(data, before, scenario).changed);
}

describe("reevaluateScenario", () => {
  it("answers every scenario of a random run as a cold evaluation does, with the verdicts changed since the previous one", () => {
    fc.assert(
      fc.property(datasets, fc.array(step, { minLength: 1, maxLength: 12 }), (data, steps) => {
        const prepared = prepareScenarios(data);
        // The keys are drawn whatever the conditions read: unknown ones are allowed.
        let before: Scenario = { allowUnknownFacts: true };
        for (const change of steps) {
          const scenario = next(before, change);
          expectSameAsCold(data, before, scenario, reevaluateScenario(prepared, scenario));
          before = scenario;
        }
      }),
      { numRuns: 200 },
    );
  });

  it("keeps each answer's verdicts as they were, whether read at once or after later answers", () => {
    fc.assert(
      fc.property(datasets, fc.array(fc.tuple(step, fc.boolean()), { minLength: 1, maxLength: 12 }), (data, steps) => {
        const prepared = prepareScenarios(data);
        let scenario: Scenario = { allowUnknownFacts: true };
        const answers: { scenario: Scenario; update: ReturnType<typeof reevaluateScenario>; read: unknown }[] = [];
        for (const [change, readNow] of steps) {
          scenario = next(scenario, change);
          const update = reevaluateScenario(prepared, scenario);
          // Read at once, then spoilt by the caller: no later answer may see that.
          if (readNow) (update.verdicts as unknown as unknown[]).reverse();
          answers.push({ scenario, update, read: readNow ? update.verdicts : undefined });
        }
        for (const { scenario: asked, update, read } of answers) {
          const cold = evaluateScenario(data, asked, { explain: false }).verdicts.map(({ commitment, actor, type, verdict }) => ({ commitment, actor, type, verdict }));
          expect(update.verdicts).toEqual(read === undefined ? cold : cold.reverse());
        }
      }),
      { numRuns: 100 },
    );
  });
});
