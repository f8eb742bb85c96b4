import { describe, expect, it } from "vitest";
import { evaluateScenario, isCoalitionError, type Condition, type Dataset } from "../../src/index.js";
import { byId, dataset, offer } from "./helpers.js";

const fact = (id: string): Condition => ({ kind: "fact", id, description: `fact ${id}` });

function verdictsOf(data: Dataset, facts: Record<string, boolean> = {}, asOf?: string) {
  return byId(evaluateScenario(data, asOf === undefined ? { facts } : { facts, asOf }).verdicts);
}

describe("three-valued conditions", () => {
  const data = dataset({
    commitments: [
      offer("any", "FR", "ground-troops", { condition: { kind: "any", of: [fact("a"), fact("b")] } }),
      offer("all", "DE", "ground-troops", { condition: { kind: "all", of: [fact("a"), fact("b")] } }),
      offer("not", "IT", "ground-troops", { condition: { kind: "not", of: fact("a") } }),
      offer("none", "ES", "ground-troops"),
    ],
  });

  it("leaves everything conditional undetermined when nothing is known, and never guesses", () => {
    const verdicts = verdictsOf(data);
    expect([...verdicts.values()].map((verdict) => verdict.verdict)).toEqual(["undetermined", "undetermined", "undetermined", "active"]);
  });

  it("decides an `any` by one true part, and an `all` by one false part, even with the other unknown", () => {
    expect(verdictsOf(data, { "fact:b": true }).get("any")?.verdict).toBe("active");
    expect(verdictsOf(data, { "fact:b": false }).get("all")?.verdict).toBe("inactive");
    expect(verdictsOf(data, { "fact:b": false }).get("any")?.verdict).toBe("undetermined");
  });

  it("negates a known fact and keeps an unknown one unknown", () => {
    expect(verdictsOf(data, { "fact:a": true }).get("not")?.verdict).toBe("inactive");
    expect(verdictsOf(data, { "fact:a": false }).get("not")?.verdict).toBe("active");
  });

  it("names the parts that decided, as data and in words", () => {
    const verdict = verdictsOf(data, { "fact:b": false }).get("all");
    expect(verdict?.atoms).toEqual([
      { atom: fact("b"), key: "fact:b", value: "false", negated: false, from: "own" },
    ]);
    expect(verdict?.explanation).toBe("Germany's offer of ground troops is inactive: it needs fact b, which does not hold.");
    const negated = verdictsOf(data, { "fact:a": true }).get("not");
    expect(negated?.atoms[0]?.negated).toBe(true);
    expect(negated?.explanation).toBe("Italy's offer of ground troops is inactive: it needs the absence of fact a, which holds.");
  });

  it("says an offer with no condition is active because it states none", () => {
    expect(verdictsOf(data).get("none")).toMatchObject({ decidedBy: "unconditional", atoms: [], explanation: "Spain's offer of ground troops is active: it states no condition." });
  });

  it("reads nested conditions in words", () => {
    const nested = dataset({
      commitments: [
        offer("x", "FR", "ground-troops", {
          condition: { kind: "all", of: [{ kind: "any", of: [fact("a"), fact("b")] }, fact("c")] },
        }),
      ],
    });
    expect(verdictsOf(nested).get("x")?.explanation).toBe(
      "France's offer of ground troops is undetermined: it needs either fact a or fact b and fact c, all unknown.",
    );
  });

  it("gives no reasons when explanations are turned off, and the same verdicts", () => {
    const quiet = evaluateScenario(data, { facts: { "fact:b": true } }, { explain: false });
    expect(quiet.verdicts.map((verdict) => [verdict.verdict, verdict.atoms.length, verdict.explanation])).toEqual([
      ["active", 0, ""],
      ["undetermined", 0, ""],
      ["undetermined", 0, ""],
      ["active", 0, ""],
    ]);
    expect(quiet.verdicts.map((verdict) => verdict.decidedBy)).toEqual(["own", "own", "own", "unconditional"]);
  });
});

describe("facts that imply others", () => {
  const data = dataset({
    commitments: [
      offer("ceasefire", "FR", "peacekeepers", { condition: { kind: "peace", form: "ceasefire", country: "UA" } }),
      offer("agreement", "DE", "peacekeepers", { condition: { kind: "peace", form: "agreement", country: "UA" } }),
      offer("any-request", "CH", "peacekeepers", { condition: { kind: "request" } }),
      offer("ua-request", "IE", "peacekeepers", { condition: { kind: "request", by: "UA" } }),
    ],
  });

  it("takes a peace agreement in force as a ceasefire in force", () => {
    expect(verdictsOf(data, { "peace:agreement:UA": true }).get("ceasefire")?.verdict).toBe("active");
  });

  it("takes no ceasefire as no peace agreement, but a ceasefire alone as no proof of one", () => {
    expect(verdictsOf(data, { "peace:ceasefire:UA": false }).get("agreement")?.verdict).toBe("inactive");
    expect(verdictsOf(data, { "peace:ceasefire:UA": true }).get("agreement")?.verdict).toBe("undetermined");
  });

  it("takes a request by a named actor as a request, and no request at all as none by that actor", () => {
    expect(verdictsOf(data, { "request:UA:CH": true }).get("any-request")?.verdict).toBe("active");
    expect(verdictsOf(data, { "request:*:IE": false }).get("ua-request")?.verdict).toBe("inactive");
    expect(verdictsOf(data, { "request:*:IE": true }).get("ua-request")?.verdict).toBe("undetermined");
  });

  it("refuses a scenario that contradicts itself", () => {
    const contradictions = [
      { "peace:agreement:UA": true, "peace:ceasefire:UA": false },
      { "request:UA:CH": true, "request:*:CH": false },
    ];
    for (const facts of contradictions) {
      let thrown: unknown;
      try {
        evaluateScenario(data, { facts });
      } catch (error) {
        thrown = error;
      }
      expect(isCoalitionError(thrown) && thrown.code === "invalid_argument").toBe(true);
    }
  });

  it("refuses a fact that is not true or false, a date that is not a date, and a minStance below open", () => {
    const bad = [
      () => evaluateScenario(data, { facts: { "fact:a": "yes" as unknown as boolean } }),
      () => evaluateScenario(data, { asOf: "2025-02-30" }),
      () => evaluateScenario(data, {}, { minStance: "opposed" }),
    ];
    for (const call of bad) expect(call).toThrow(expect.objectContaining({ code: "invalid_argument" }));
  });
});

describe("which commitments are in force as of a day", () => {
  const data = dataset({
    commitments: [
      offer("early", "FR", "ground-troops", { stance: "open", date: "2025-01-20" }),
      offer("later", "FR", "ground-troops", { stance: "ready", date: "2025-03" }),
      offer("undated", "DE", "ground-troops", { date: "unknown", sources: ["s1"] }),
      offer("withdrawn", "IT", "ground-troops", {
        date: "2025-01-15",
        fulfilment: [{ stage: "withdrawn", date: "2025-03-01", sources: ["s1"] }],
      }),
      offer("refused", "ES", "ground-troops", { stance: "refused" }),
    ],
  });

  it("takes the latest statement on or before the day, a month counting as of its last day", () => {
    const mid = evaluateScenario(data, { asOf: "2025-03-15" });
    expect(mid.verdicts.map((verdict) => verdict.commitment)).toEqual(["early", "undated"]);
    expect(mid.excluded).toEqual(
      expect.arrayContaining([
        { commitment: "later", reason: "not-yet-stated" },
        { commitment: "withdrawn", reason: "withdrawn" },
        { commitment: "refused", reason: "not-an-offer" },
      ]),
    );
    const end = evaluateScenario(data, { asOf: "2025-03" });
    expect(end.asOf).toBe("2025-03-31");
    expect(end.verdicts.map((verdict) => verdict.commitment)).toEqual(["later", "undated"]);
    expect(end.excluded).toContainEqual({ commitment: "early", reason: "superseded" });
  });

  it("counts an undated statement as of its earliest source, and a withdrawal from its date", () => {
    const before = evaluateScenario(data, { asOf: "2025-02-01" });
    expect(before.verdicts.map((verdict) => verdict.commitment)).toEqual(["early", "withdrawn"]);
    expect(before.excluded).toContainEqual({ commitment: "undated", reason: "not-yet-stated" });
  });

  it("reports only the offers at or above minStance", () => {
    const ready = evaluateScenario(data, {}, { minStance: "ready" });
    expect(ready.verdicts.map((verdict) => verdict.commitment)).toEqual(["later", "undated"]);
    const open = evaluateScenario(data, { asOf: "2025-02-01" }, { minStance: "ready" });
    expect(open.excluded).toContainEqual({ commitment: "early", reason: "below-min-stance" });
  });
});

describe("atoms about other actors' commitments", () => {
  const backstop: Condition = { kind: "commitment", actor: "US", type: "air", minStance: "ready" };
  const data = dataset({
    commitments: [
      offer("us-air-power", "US", "air-power", { stance: "ready", condition: fact("congress") }),
      offer("gb-troops", "GB", "ground-troops", { condition: backstop }),
      offer("fr-troops", "FR", "ground-troops", {
        condition: { kind: "commitment", actor: "US", type: "air-power", minStance: "committed" },
      }),
      offer("de-troops", "DE", "ground-troops", {
        condition: { kind: "commitment", actor: "US", type: "air", minStance: "ready", location: { kind: "in-country", country: "UA" } },
      }),
    ],
  });

  it("follows the other actor's offer of the type or a subtype", () => {
    expect(verdictsOf(data).get("gb-troops")?.verdict).toBe("undetermined");
    expect(verdictsOf(data, { "fact:congress": true }).get("gb-troops")?.verdict).toBe("active");
    expect(verdictsOf(data, { "fact:congress": false }).get("gb-troops")?.verdict).toBe("inactive");
  });

  it("is false when no offer is strong enough or at the location asked", () => {
    const verdicts = verdictsOf(data, { "fact:congress": true });
    expect(verdicts.get("fr-troops")?.verdict).toBe("inactive");
    expect(verdicts.get("de-troops")?.verdict).toBe("inactive");
  });

  it("explains itself by the other commitment", () => {
    expect(verdictsOf(data, { "fact:congress": true }).get("gb-troops")?.explanation).toBe(
      "The United Kingdom's offer of ground troops is active: it needs an offer of air by the United States (at least ready), which holds.",
    );
  });

  it("lets a scenario speak for an actor: no US backstop", () => {
    const verdicts = verdictsOf(data, { "fact:congress": true, "commitment:US:air": false });
    expect(verdicts.get("us-air-power")).toMatchObject({
      verdict: "inactive",
      decidedBy: "scenario",
      explanation: "The United States' offer of air power is inactive: the scenario says the United States does not provide air.",
    });
    expect(verdicts.get("gb-troops")?.verdict).toBe("inactive");
  });

  it("lets a scenario assume an offer that is not on record", () => {
    const data2 = dataset({
      commitments: [offer("gb-troops", "GB", "ground-troops", { condition: { kind: "commitment", actor: "US", type: "intelligence", minStance: "ready" } })],
    });
    expect(verdictsOf(data2).get("gb-troops")?.verdict).toBe("inactive");
    expect(verdictsOf(data2, { "commitment:US:intelligence": true }).get("gb-troops")?.verdict).toBe("active");
  });
});

describe("thresholds of others", () => {
  const atLeastTwo: Condition = { kind: "threshold", count: 2, type: "ground-troops", minStance: "ready", among: "cotw" };
  const data = dataset({
    coalitions: [
      {
        id: "cotw",
        name: "Coalition",
        leads: ["GB"],
        participants: ["GB", "FR", "DE", "IT"].map((actor) => ({ actor, from: "2025-01-01", sources: ["s0"] })),
        sources: ["s0"],
      },
    ],
    commitments: [
      offer("gb", "GB", "ground-troops", { condition: fact("gb") }),
      offer("fr", "FR", "ground-troops", { condition: fact("fr") }),
      offer("de", "DE", "ground-troops", { condition: atLeastTwo }),
      offer("es", "ES", "ground-troops"),
    ],
  });

  it("counts the participants' active offers, not outsiders'", () => {
    expect(verdictsOf(data).get("de")?.verdict).toBe("undetermined");
    expect(verdictsOf(data, { "fact:gb": true }).get("de")?.verdict).toBe("undetermined");
    expect(verdictsOf(data, { "fact:gb": true, "fact:fr": true }).get("de")?.verdict).toBe("active");
    expect(verdictsOf(data, { "fact:gb": false }).get("de")?.verdict).toBe("inactive");
  });

  it("does not count the actor's own offer among the others", () => {
    const self = dataset({
      commitments: [
        offer("gb", "GB", "ground-troops"),
        offer("fr", "FR", "ground-troops", { condition: { kind: "threshold", count: 1, type: "ground-troops", minStance: "open" } }),
        offer("fr-more", "FR", "ground-troops", { stance: "committed", statedBy: { institution: "FR.government" } }),
      ],
    });
    expect(verdictsOf(self).get("fr")?.verdict).toBe("active");
    const alone = dataset({
      commitments: [
        offer("fr", "FR", "ground-troops", { condition: { kind: "threshold", count: 1, type: "ground-troops", minStance: "open" } }),
        offer("fr-more", "FR", "ground-troops", { stance: "committed", statedBy: { institution: "FR.government" } }),
      ],
    });
    expect(verdictsOf(alone).get("fr")?.verdict).toBe("inactive");
  });

  it("names the threshold in words", () => {
    expect(verdictsOf(data, { "fact:gb": true, "fact:fr": true }).get("de")?.explanation).toBe(
      "Germany's offer of ground troops is active: it needs at least 2 other participants of “Coalition” offering ground troops (at least ready), which holds.",
    );
  });
});

describe("mutual dependencies", () => {
  const ifOther = (actor: string): Condition => ({ kind: "commitment", actor, type: "ground-troops", minStance: "ready" });
  const data = dataset({
    commitments: [
      offer("fr", "FR", "ground-troops", { condition: ifOther("DE") }),
      offer("de", "DE", "ground-troops", { condition: ifOther("FR") }),
      offer("it", "IT", "ground-troops", { condition: { kind: "all", of: [ifOther("FR"), fact("rome")] } }),
      offer("pl", "PL", "ground-troops", { condition: { kind: "not", of: ifOther("FR") } }),
    ],
  });
  const evaluation = evaluateScenario(data, {});
  const verdicts = byId(evaluation.verdicts);

  it("reports a coordination group that no fact settles", () => {
    expect(evaluation.groups).toEqual([
      {
        commitments: ["fr", "de"],
        actors: ["FR", "DE"],
        explanation: "France's offer of ground troops and Germany's offer of ground troops depend on one another: none active if no one moves first, both if all move together.",
      },
    ]);
    expect(verdicts.get("fr")?.group).toBe(0);
    expect(verdicts.get("it")?.group).toBe(-1);
  });

  it("gives both readings: no one moves first, or all move together", () => {
    expect(verdicts.get("fr")).toMatchObject({ verdict: "undetermined", cautious: "inactive", coordinated: "active" });
    expect(verdicts.get("fr")?.explanation).toBe(
      "France's offer of ground troops is undetermined: it needs an offer of ground troops by Germany (at least ready), which is unknown; it is in a coordination group with Germany's offer of ground troops: inactive if no one moves first, active if all move together.",
    );
  });

  it("carries the readings to the offers that wait on the group, and keeps unknown facts unknown", () => {
    expect(verdicts.get("it")).toMatchObject({ verdict: "undetermined", cautious: "inactive", coordinated: "undetermined" });
    expect(verdicts.get("pl")).toMatchObject({ verdict: "undetermined", cautious: "inactive", coordinated: "active" });
  });

  it("reads a `not` over a group as a bound: Poland, which goes only if France does not, could be either", () => {
    // Cautious is the least any offer could be, coordinated the most: never the other way round.
    expect(verdicts.get("pl")?.explanation).toBe(
      "Poland's offer of ground troops is undetermined: it needs the absence of an offer of ground troops by France (at least ready), which is unknown; it waits on a coordination group: inactive if no one moves first, active if all move together.",
    );
  });

  it("lets the totals count either reading", () => {
    const count = (reading: "verdict" | "cautious" | "coordinated") =>
      evaluateScenario(data, {}, { reading }).totals.find((total) => total.type === "ground-troops")?.active.actors;
    expect([count("verdict"), count("cautious"), count("coordinated")]).toEqual([0, 0, 3]);
  });

  it("resolves the group once a fact grounds it", () => {
    const grounded = dataset({
      commitments: [
        offer("fr", "FR", "ground-troops", { condition: { kind: "any", of: [ifOther("DE"), fact("go")] } }),
        offer("de", "DE", "ground-troops", { condition: ifOther("FR") }),
      ],
    });
    const result = evaluateScenario(grounded, { facts: { "fact:go": true } });
    expect(result.groups).toEqual([]);
    expect(result.verdicts.map((verdict) => verdict.verdict)).toEqual(["active", "active"]);
  });
});

describe("totals", () => {
  const people = (low: number, high: number) => ({ kind: "range" as const, unit: "people" as const, low, high });
  const data = dataset({
    commitments: [
      offer("gb", "GB", "ground-troops", {
        quantity: { claims: [{ value: people(1000, 2000), sources: ["s1"] }, { value: { kind: "exact", unit: "people", value: 2500 }, sources: ["s0"] }] },
      }),
      offer("gb-2", "GB", "peacekeepers", { quantity: { claims: [{ value: { kind: "approximate", unit: "people", phrase: "several hundred", low: 200 }, sources: ["s1"] }] } }),
      offer("fr", "FR", "ground-troops"),
      offer("de", "DE", "financial-assistance", {
        quantity: { claims: [{ value: { kind: "exact", unit: "money", currency: "EUR", date: "2025-03-13", value: 1e9 }, sources: ["s1"] }] },
      }),
      offer("it", "IT", "ground-troops", { condition: fact("rome"), quantity: { claims: [{ value: people(10, 20), sources: ["s1"] }] } }),
    ],
  });
  const totals = new Map(evaluateScenario(data, {}).totals.map((total) => [total.type, total]));

  it("sums quantities per unit across every claim, low and high, and counts unquantified pledges", () => {
    expect(totals.get("ground-troops")).toEqual({
      type: "ground-troops",
      active: { actors: 2, commitments: 2, unquantified: 1, quantities: [{ unit: "people", low: 1000, high: 2500, openEnded: 0 }] },
      undetermined: { actors: 1, commitments: 1 },
    });
  });

  it("counts subtypes towards their parent and actors once", () => {
    expect(totals.get("personnel")?.active).toEqual({
      actors: 2,
      commitments: 3,
      unquantified: 1,
      quantities: [{ unit: "people", low: 1200, high: 2500, openEnded: 1 }],
    });
  });

  it("keeps money in its currency", () => {
    expect(totals.get("financial-assistance")?.active.quantities).toEqual([
      { unit: "money", currency: "EUR", low: 1e9, high: 1e9, openEnded: 0 },
    ]);
  });
});

describe("inputs that could overflow a recursive evaluator", () => {
  it("evaluates a condition 10,000 deep", () => {
    let condition: Condition = fact("deep");
    for (let level = 0; level < 10_000; level++) {
      condition = level % 3 === 0 ? { kind: "not", of: condition } : { kind: level % 3 === 1 ? "all" : "any", of: [condition] };
    }
    // Deeper than the parser's limit, so built as data directly.
    const base = dataset({});
    const data: Dataset = { ...base, commitments: [{ id: "deep", actor: "FR", type: "ground-troops", stance: "ready", date: "unknown", sources: ["s1"], condition }] };
    // 3,334 negations: an even number, so the fact itself decides.
    expect(byId(evaluateScenario(data, { facts: { "fact:deep": true } }).verdicts).get("deep")?.verdict).toBe("active");
    expect(byId(evaluateScenario(data, { facts: { "fact:deep": false } }).verdicts).get("deep")?.verdict).toBe("inactive");
    const unknown = byId(evaluateScenario(data, {}).verdicts).get("deep");
    expect(unknown?.verdict).toBe("undetermined");
    expect(unknown?.atoms).toEqual([expect.objectContaining({ key: "fact:deep", negated: false })]);
    expect(unknown?.explanation).toBe("France's offer of ground troops is undetermined: it needs fact deep, which is unknown.");
  });

  it("evaluates a chain of 100,000 dependencies, and a cycle as long", () => {
    const base = dataset({});
    const n = 100_000;
    const commitments: Dataset["commitments"][number][] = [];
    for (let i = 0; i < n; i++) {
      commitments.push({
        id: `c${i}`,
        actor: `a${i}`,
        type: "ground-troops",
        stance: "ready",
        date: "unknown",
        sources: ["s1"],
        condition: i === 0 ? fact("start") : { kind: "commitment", actor: `a${i - 1}`, type: "ground-troops", minStance: "ready" },
      });
    }
    const chain: Dataset = { ...base, commitments };
    const started = evaluateScenario(chain, { facts: { "fact:start": true } }, { explain: false });
    expect(started.verdicts.every((verdict) => verdict.verdict === "active")).toBe(true);
    const open = evaluateScenario(chain, {}, { explain: false });
    expect(open.verdicts[n - 1]?.verdict).toBe("undetermined");

    const cycle: Dataset = {
      ...base,
      commitments: commitments.map((commitment, i) =>
        i === 0 ? { ...commitment, condition: { kind: "commitment", actor: `a${n - 1}`, type: "ground-troops", minStance: "ready" } } : commitment,
      ),
    };
    const ring = evaluateScenario(cycle, {}, { explain: false });
    expect(ring.groups.length).toBe(1);
    expect(ring.groups[0]?.commitments.length).toBe(n);
    expect(ring.verdicts[n - 1]).toMatchObject({ verdict: "undetermined", cautious: "inactive", coordinated: "active" });
  });
});
