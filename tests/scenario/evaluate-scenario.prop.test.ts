import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stanceRank, type Condition, type Dataset } from "../../src/index.js";
import {
  compareScenarios,
  evaluateScenario,
  scenarioSensitivity,
  type Scenario,
  type Verdict,
} from "../../src/scenario.js";
import { byId, dataset, offer } from "./helpers.js";
import { referenceEvaluation, referenceVerdicts } from "./reference.js";

const ACTORS = ["GB", "FR", "DE", "IT", "PL"] as const;
const OFFER_TYPES = ["ground-troops", "peacekeepers", "aircraft"] as const;
const ATOM_TYPES = [...OFFER_TYPES, "personnel", "air"] as const;
const FACT_IDS = ["f1", "f2", "f3"] as const;
const RANK: Readonly<Record<Verdict, number>> = { inactive: 0, undetermined: 1, active: 2 };

const INSTITUTIONS = ["GB.government", "FR.government", "DE.parliament"] as const;
// Atoms may ask for an offer at a location: the commitments are offered at "remote" slots.
const LOCATIONS = [undefined, { kind: "remote" }, { kind: "remote", description: "slot 1" }, { kind: "in-country", country: "UA" }] as const;

const atom: fc.Arbitrary<Condition> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FACT_IDS).map((id): Condition => ({ kind: "fact", id, description: id })) },
  { weight: 1, arbitrary: fc.constantFrom("agreement", "ceasefire").map((form): Condition => ({ kind: "peace", form, country: "UA" })) },
  { weight: 1, arbitrary: fc.constantFrom(undefined, "UA").map((by): Condition => (by === undefined ? { kind: "request" } : { kind: "request", by })) },
  { weight: 1, arbitrary: fc.constantFrom(...INSTITUTIONS).map((institution): Condition => ({ kind: "approval", institution })) },
  {
    weight: 1,
    // About the holder, or naming an actor (one with commitments or not).
    arbitrary: fc
      .constantFrom(undefined, "GB", "FR", "US")
      .map((actor): Condition => (actor === undefined ? { kind: "inclusion", in: "the talks" } : { kind: "inclusion", in: "the talks", actor })),
  },
  { weight: 1, arbitrary: fc.constantFrom("eu", "GB").map((by): Condition => ({ kind: "mandate", by })) },
  {
    weight: 3,
    arbitrary: fc
      .record({
        actor: fc.constantFrom(...ACTORS),
        type: fc.constantFrom(...ATOM_TYPES),
        minStance: fc.constantFrom("open", "ready", "committed"),
        location: fc.constantFrom(...LOCATIONS),
      })
      .map(({ location, ...fields }): Condition =>
        location === undefined ? { kind: "commitment", ...fields } : { kind: "commitment", ...fields, location },
      ),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ count: fc.integer({ min: 1, max: 3 }), type: fc.constantFrom(...ATOM_TYPES), among: fc.constantFrom(undefined, "k") })
      .map(({ count, type, among }): Condition =>
        among === undefined ? { kind: "threshold", count, type, minStance: "open" } : { kind: "threshold", count, type, minStance: "open", among },
      ),
  },
);

function conditions(withNot: boolean): fc.Arbitrary<Condition> {
  const { tree } = fc.letrec<{ tree: Condition }>((tie) => ({
    tree: fc.oneof(
      { maxDepth: 3, depthIdentifier: "condition" },
      atom,
      fc.array(tie("tree"), { minLength: 1, maxLength: 3 }).map((of): Condition => ({ kind: "all", of })),
      fc.array(tie("tree"), { minLength: 1, maxLength: 3 }).map((of): Condition => ({ kind: "any", of })),
      ...(withNot ? [tie("tree").map((of): Condition => ({ kind: "not", of }))] : []),
    ),
  }));
  return tree;
}

interface Case {
  readonly data: Dataset;
  readonly facts: Record<string, boolean>;
}

const FACT_KEYS = [
  ...FACT_IDS.map((id) => `fact:${id}`),
  "peace:agreement:UA",
  "peace:ceasefire:UA",
  ...ACTORS.flatMap((actor) => [`request:*:${actor}`, `request:UA:${actor}`, `inclusion:${actor}`]),
  "inclusion:US",
  ...INSTITUTIONS.map((institution) => `approval:${institution}`),
  "mandate:eu",
  "mandate:GB",
];

function cases(withNot: boolean): fc.Arbitrary<Case> {
  const condition = conditions(withNot);
  const commitment = fc.record({
    actor: fc.constantFrom(...ACTORS),
    type: fc.constantFrom(...OFFER_TYPES),
    stance: fc.constantFrom("committed", "ready", "open"),
    condition: fc.option(condition, { nil: undefined, freq: 4 }),
    toCoalition: fc.boolean(),
  });
  return fc
    .record({
      commitments: fc.array(commitment, { minLength: 1, maxLength: 8 }),
      participants: fc.subarray([...ACTORS], { minLength: 1 }),
      shared: fc.option(condition, { nil: undefined }),
      // Drawn from a pool whatever the conditions drawn read: the scenarios allow unknown facts.
      facts: fc.dictionary(fc.constantFrom(...FACT_KEYS), fc.boolean(), { maxKeys: 5 }),
      overrides: fc.dictionary(
        fc.tuple(fc.constantFrom(...ACTORS), fc.constantFrom(...ATOM_TYPES)).map(([actor, type]) => `commitment:${actor}:${type}`),
        fc.boolean(),
        { maxKeys: 1 },
      ),
    })
    .map(({ commitments, participants, shared, facts, overrides }) => {
      const scenario = withoutContradictions({ ...facts, ...overrides });
      const data = dataset({
        coalitions: [
          {
            id: "k",
            name: "K",
            leads: [participants[0]!],
            participants: participants.map((actor) => ({ actor, from: "2025-01-01", sources: ["s0"] })),
            ...(shared === undefined ? {} : { condition: shared }),
            sources: ["s0"],
          },
        ],
        commitments: commitments.map((entry, i) =>
          offer(`c${i}`, entry.actor, entry.type, {
            stance: entry.stance,
            // A location of its own keeps every commitment in force (none supersedes another).
            location: { kind: "remote", description: `slot ${i}` },
            ...(entry.condition === undefined ? {} : { condition: entry.condition }),
            ...(entry.toCoalition ? { coalition: "k" } : {}),
          }),
        ),
      });
      return { data, facts: scenario };
    });
}

function withoutContradictions(facts: Record<string, boolean>): Record<string, boolean> {
  const result = { ...facts };
  if (result["peace:agreement:UA"] === true && result["peace:ceasefire:UA"] === false) delete result["peace:ceasefire:UA"];
  for (const actor of ACTORS) {
    if (result[`request:*:${actor}`] === false && result[`request:UA:${actor}`] === true) delete result[`request:UA:${actor}`];
  }
  return result;
}

function readings(data: Dataset, scenario: Scenario) {
  return new Map(
    evaluateScenario(data, scenario, { explain: false }).verdicts.map((verdict) => [
      verdict.commitment,
      { verdict: verdict.verdict, cautious: verdict.cautious, coordinated: verdict.coordinated },
    ]),
  );
}

describe("agreement with a naive evaluator written from the documented semantics", () => {
  it("gives the same verdicts and readings, with negation, thresholds and coalition-wide conditions", () => {
    fc.assert(
      fc.property(cases(true), ({ data, facts }) => {
        expect(readings(data, { facts, allowUnknownFacts: true })).toEqual(referenceVerdicts(data, facts));
      }),
      { numRuns: 400 },
    );
  });

  it("gives the same verdicts and readings in the closed world, where a commitment nothing records is false", () => {
    fc.assert(
      fc.property(cases(true), ({ data, facts }) => {
        expect(readings(data, { facts, allowUnknownFacts: true, unrecordedCommitments: "false" })).toEqual(referenceVerdicts(data, facts, false));
      }),
      { numRuns: 200 },
    );
  });
});

describe("coordination groups", () => {
  it("are the offers left undetermined that wait on one another through what can still move them, as the naive evaluator finds", () => {
    let seen = 0;
    fc.assert(
      fc.property(cases(true), ({ data, facts }) => {
        const groups = evaluateScenario(data, { facts, allowUnknownFacts: true }, { explain: false }).groups.map((group) => group.commitments);
        expect(groups).toEqual(referenceEvaluation(data, facts).groups);
        if (groups.length > 0) seen++;
      }),
      { numRuns: 500 },
    );
    // The cases must hold groups often enough for the comparison to mean something.
    expect(seen).toBeGreaterThanOrEqual(5);
  });
});

describe("laws of scenario evaluation", () => {
  it("is monotone without negation: setting an unknown fact never undoes a decided verdict, and true never deactivates", () => {
    fc.assert(
      fc.property(cases(false), fc.constantFrom(...FACT_KEYS), fc.boolean(), ({ data, facts }, key, value) => {
        fc.pre(facts[key] === undefined);
        const more = withoutContradictions({ ...facts, [key]: value });
        fc.pre(Object.keys(more).length === Object.keys(facts).length + 1);
        const before = readings(data, { facts, allowUnknownFacts: true });
        const after = readings(data, { facts: more, allowUnknownFacts: true });
        for (const [id, was] of before) {
          const now = after.get(id)!;
          if (was.verdict !== "undetermined") expect(now.verdict).toBe(was.verdict);
          if (value) expect(RANK[now.verdict]).toBeGreaterThanOrEqual(RANK[was.verdict]);
          else expect(RANK[now.verdict]).toBeLessThanOrEqual(RANK[was.verdict]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("never finds the cautious reading more active than the coordinated one, and agrees with both where decided", () => {
    fc.assert(
      fc.property(cases(true), ({ data, facts }) => {
        for (const verdict of evaluateScenario(data, { facts, allowUnknownFacts: true }).verdicts) {
          expect(RANK[verdict.cautious]).toBeLessThanOrEqual(RANK[verdict.coordinated]);
          if (verdict.verdict !== "undetermined") {
            expect([verdict.cautious, verdict.coordinated]).toEqual([verdict.verdict, verdict.verdict]);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("does not depend on the order of the commitments", () => {
    fc.assert(
      fc.property(cases(true), fc.infiniteStream(fc.double({ noNaN: true })), ({ data, facts }, noise) => {
        const keys = data.commitments.map(() => noise.next().value);
        const shuffled: Dataset = {
          ...data,
          commitments: data.commitments.map((commitment, i) => ({ commitment, key: keys[i]! })).sort((a, b) => a.key - b.key).map((entry) => entry.commitment),
        };
        const original = evaluateScenario(data, { facts, allowUnknownFacts: true });
        const reordered = evaluateScenario(shuffled, { facts, allowUnknownFacts: true });
        expect(readings(shuffled, { facts, allowUnknownFacts: true })).toEqual(readings(data, { facts, allowUnknownFacts: true }));
        const groups = (evaluation: typeof original) => evaluation.groups.map((group) => [...group.commitments].sort()).sort();
        expect(groups(reordered)).toEqual(groups(original));
        expect(reordered.totals).toEqual(original.totals);
      }),
      { numRuns: 200 },
    );
  });

  it("computes sensitivity incrementally to the same answer as evaluating again with the fact set", () => {
    fc.assert(
      fc.property(cases(true), ({ data, facts }) => {
        const base = byId(evaluateScenario(data, { facts, allowUnknownFacts: true }, { explain: false }).verdicts);
        for (const sensitivity of scenarioSensitivity(data, { facts, allowUnknownFacts: true })) {
          for (const [value, effect] of [
            [true, sensitivity.ifTrue],
            [false, sensitivity.ifFalse],
          ] as const) {
            const after = { facts: { ...facts, [sensitivity.key]: value }, allowUnknownFacts: true };
            const changed = byId(evaluateScenario(data, after, { explain: false }).verdicts);
            const moved = (to: Verdict) =>
              [...base.values()].filter((verdict) => verdict.verdict !== to && changed.get(verdict.commitment)?.verdict === to).map((verdict) => verdict.commitment);
            expect(effect.activated).toEqual(moved("active"));
            expect(effect.deactivated).toEqual(moved("inactive"));
            expect(effect.totals).toEqual(compareScenarios(data, { facts, allowUnknownFacts: true }, after).totals.changes);
          }
          expect(sensitivity.impact).toBe(
            sensitivity.ifTrue.activated.length +
              sensitivity.ifTrue.deactivated.length +
              sensitivity.ifFalse.activated.length +
              sensitivity.ifFalse.deactivated.length,
          );
        }
      }),
      { numRuns: 200 },
    );
  });

  it("reports only offers at or above minStance, with the same verdicts", () => {
    fc.assert(
      fc.property(cases(true), ({ data, facts }) => {
        const all = readings(data, { facts, allowUnknownFacts: true });
        const ready = evaluateScenario(data, { facts, allowUnknownFacts: true }, { minStance: "ready", explain: false });
        for (const verdict of ready.verdicts) {
          expect(stanceRank(data.commitments.find((commitment) => commitment.id === verdict.commitment)!.stance)).toBeGreaterThanOrEqual(stanceRank("ready"));
          expect(verdict.verdict).toBe(all.get(verdict.commitment)?.verdict);
        }
      }),
      { numRuns: 100 },
    );
  });
});
