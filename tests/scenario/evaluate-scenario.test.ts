import { describe, expect, it } from "vitest";
import { isCoalitionError, type Condition, type Dataset, type Location } from "../../src/index.js";
import { compareScenarios, evaluateScenario } from "../../src/scenario.js";
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

  it("names the first contradiction in the scenario's order", () => {
    const facts = {
      "fact:a": true,
      "request:*:CH": false,
      "peace:agreement:UA": true,
      "peace:ceasefire:UA": false,
      "request:UA:CH": true,
    };
    expect(() => evaluateScenario(data, { facts })).toThrow(/request:\*:CH false/);
    const reordered = Object.fromEntries([["peace:agreement:UA", true], ...Object.entries(facts)]);
    expect(() => evaluateScenario(data, { facts: reordered })).toThrow(/peace:agreement:UA true but its ceasefire false/);
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

  it("lets the latest statement win though it comes first in the dataset", () => {
    const data2 = dataset({
      commitments: [offer("late", "FR", "ground-troops", { date: "2025-03-01" }), offer("early", "FR", "ground-troops", { stance: "open", date: "2025-01-20" })],
    });
    const evaluation = evaluateScenario(data2, { asOf: "2025-03-15" });
    expect(evaluation.verdicts.map((verdict) => verdict.commitment)).toEqual(["late"]);
    expect(evaluation.excluded).toEqual([{ commitment: "early", reason: "superseded" }]);
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

  it("is false when the other actor's offers are not strong enough, and unknown when it has nothing on record at the place asked", () => {
    const verdicts = verdictsOf(data, { "fact:congress": true });
    expect(verdicts.get("fr-troops")?.verdict).toBe("inactive");
    // The US offers air power for no place in particular: nothing of it is on record in Ukraine.
    expect(verdicts.get("de-troops")?.verdict).toBe("undetermined");
    const closed = byId(evaluateScenario(data, { facts: { "fact:congress": true }, unrecordedCommitments: "false" }).verdicts);
    expect(closed.get("de-troops")?.verdict).toBe("inactive");
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
    expect(verdictsOf(data2).get("gb-troops")?.verdict).toBe("undetermined");
    expect(verdictsOf(data2, { "commitment:US:intelligence": true }).get("gb-troops")?.verdict).toBe("active");
    expect(verdictsOf(data2, { "commitment:US:intelligence": false }).get("gb-troops")?.verdict).toBe("inactive");
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
      // "Several hundred", at least 200 and open-ended, adds 200 to the low and to the high: the high is never below the low.
      quantities: [{ unit: "people", low: 1200, high: 2700, openEnded: 1 }],
    });
  });

  it("takes an approximate figure with no bound as from zero and open-ended, whichever claim comes first", () => {
    const several = { kind: "approximate" as const, unit: "people" as const, phrase: "several" };
    const data2 = dataset({
      commitments: [
        offer("a", "GB", "trainers", { quantity: { claims: [{ value: several, sources: ["s1"] }, { value: people(10, 20), sources: ["s0"] }] } }),
        offer("b", "FR", "trainers", { quantity: { claims: [{ value: people(10, 20), sources: ["s1"] }, { value: several, sources: ["s0"] }] } }),
      ],
    });
    const trainers = evaluateScenario(data2, {}).totals.find((total) => total.type === "trainers");
    expect(trainers?.active.quantities).toEqual([{ unit: "people", low: 0, high: 0, openEnded: 2 }]);
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

describe("offers at places, and atoms asking for a place", () => {
  const sea = (area?: string) => (area === undefined ? { kind: "at-sea" as const } : { kind: "at-sea" as const, area });
  const near = (region?: string) => (region === undefined ? { kind: "neighbouring-countries" as const, of: "UA" } : { kind: "neighbouring-countries" as const, of: "UA", region });
  const asks = (actor: string, type: string, location: Location | undefined): Condition =>
    location === undefined ? { kind: "commitment", actor, type, minStance: "open" } : { kind: "commitment", actor, type, minStance: "open", location };
  const data = dataset({
    commitments: [
      offer("gb-sea", "GB", "naval-vessels", { location: sea("Black Sea") }),
      offer("fr-sea", "FR", "naval-vessels", { location: sea() }),
      offer("pl-near", "PL", "ground-troops", { location: near("Baltic") }),
      offer("de-near", "DE", "ground-troops", { location: near() }),
      offer("fr-line", "FR", "ground-troops", { location: { kind: "line-of-contact", country: "UA" } }),
      offer("gb-behind", "GB", "ground-troops", { location: { kind: "behind-demarcation-line", country: "UA" } }),
      offer("nl-remote", "NL", "intelligence", { location: { kind: "remote", description: "cyber" } }),
      offer("be-remote", "BE", "intelligence", { location: { kind: "remote" } }),
      offer("it-1", "IT", "aircraft", { condition: asks("GB", "naval-vessels", sea("Black Sea")) }),
      offer("es-1", "ES", "aircraft", { condition: asks("FR", "naval-vessels", sea("Black Sea")) }),
      offer("it-2", "IT", "trainers", { condition: asks("PL", "ground-troops", near("Baltic")) }),
      offer("es-2", "ES", "trainers", { condition: asks("DE", "ground-troops", near("Baltic")) }),
      offer("it-3", "IT", "tanks", { condition: asks("FR", "ground-troops", { kind: "line-of-contact", country: "UA" }) }),
      offer("es-3", "ES", "tanks", { condition: asks("FR", "ground-troops", { kind: "in-country", country: "UA" }) }),
      offer("se-offer", "SE", "tanks"),
      offer("ro-hub", "RO", "transit-hub", { location: { kind: "in-country", country: "RO" } }),
      offer("ie-1", "IE", "tanks", { condition: asks("RO", "transit-hub", { kind: "in-country", country: "RO" }) }),
      offer("se-1", "DK", "tanks", { condition: asks("SE", "tanks", { kind: "in-country", country: "UA" }) }),
      offer("it-4", "IT", "intelligence", { condition: asks("BE", "intelligence", { kind: "remote", description: "cyber" }) }),
      offer("es-4", "ES", "intelligence", {
        condition: { kind: "threshold", count: 1, type: "intelligence", minStance: "open", location: { kind: "remote", description: "cyber" } },
      }),
    ],
  });
  // In the closed world, so that an atom no offer answers reads false, as nothing matched it.
  const verdicts = byId(evaluateScenario(data, { unrecordedCommitments: "false" }).verdicts);

  it("matches a place by its kind, its country, and the narrower words the atom gives, and the places under it", () => {
    expect(["it-1", "es-1", "it-2", "es-2", "it-3", "es-3", "it-4", "es-4", "ie-1", "se-1"].map((id) => verdicts.get(id)?.verdict)).toEqual([
      "active",
      "inactive",
      "active",
      "inactive",
      "active",
      // The line of contact in Ukraine is in Ukraine.
      "active",
      "inactive",
      "active",
      "active",
      // An offer made for no place in particular is not an offer for a place asked for.
      "inactive",
    ]);
  });

  it("names every kind of place in words", () => {
    expect(verdicts.get("it-1")?.explanation).toBe(
      "Italy's offer of aircraft is active: it needs an offer of naval vessels at sea (Black Sea) by the United Kingdom, which holds.",
    );
    const subjects = ["fr-sea", "pl-near", "de-near", "fr-line", "gb-behind", "nl-remote", "be-remote"].map((id) => verdicts.get(id)?.explanation.split(" is ")[0]);
    expect(subjects).toEqual([
      "France's offer of naval vessels at sea",
      "Poland's offer of ground troops in Baltic countries neighbouring Ukraine",
      "Germany's offer of ground troops in countries neighbouring Ukraine",
      "France's offer of ground troops on the line of contact in Ukraine",
      "The United Kingdom's offer of ground troops behind the demarcation line in Ukraine",
      "The Netherlands' offer of intelligence remotely (cyber)",
      "Belgium's offer of intelligence remotely",
    ]);
    expect(verdicts.get("es-4")?.explanation).toContain("at least 1 other actor offering intelligence remotely (cyber)");
  });
});

describe("names of actors, institutions and types in explanations", () => {
  const data = dataset({
    organizations: [
      { id: "eu", name: "European Union", kind: "union" },
      { id: "nato", name: "NATO", kind: "alliance" },
      { id: "cw", name: "The Commonwealth", kind: "association" },
    ],
    institutions: [
      { id: "FR.government", actor: "FR", kind: "government" },
      { id: "DE.bundestag", actor: "DE", kind: "other", name: "Bundestag" },
      { id: "DE.council", actor: "DE", kind: "other" },
    ],
    contributionTypes: [{ id: "x:nato-drills", label: "NATO drills", parent: "trainers" }],
    coalitions: [{ id: "k", name: "Coalition", leads: ["FR"], participants: [{ actor: "FR", from: "2025-01-01", sources: ["s0"] }], sources: ["s0"] }],
    commitments: [
      offer("fr", "FR", "ground-troops", {
        condition: {
          kind: "all",
          of: [
            { kind: "mandate", by: "nato" },
            { kind: "mandate", by: "cw" },
            { kind: "request", by: "k" },
            { kind: "approval", institution: "DE.bundestag" },
            { kind: "approval", institution: "DE.council" },
            { kind: "inclusion", in: "the talks", actor: "DE" },
          ],
        },
      }),
      offer("de", "DE", "x:nato-drills", { condition: { kind: "approval", institution: "DE.bundestag" } }),
    ],
  });

  it("gives organizations their article, keeps acronyms, and names institutions of other actors", () => {
    const verdicts = verdictsOf(data, { "mandate:nato": true, "mandate:cw": true, "request:k:FR": true, "approval:DE.bundestag": true, "approval:DE.council": true, "inclusion:DE": true });
    expect(verdicts.get("fr")?.explanation).toBe(
      "France's offer of ground troops is active: it needs a mandate from NATO, a mandate from The Commonwealth, a request by “Coalition”, the approval of Germany's Bundestag, the approval of Germany's institution and Germany's inclusion in the talks, all hold.",
    );
    expect(verdicts.get("de")?.explanation).toBe("Germany's offer of NATO drills is active: it needs the Bundestag's approval, which holds.");
  });
});

describe("thresholds, more of them and over time", () => {
  it("keeps count of many thresholds at once", () => {
    const data = dataset({
      commitments: [
        offer("gb", "GB", "ground-troops"),
        offer("fr", "FR", "ground-troops"),
        offer("de", "DE", "peacekeepers", {
          condition: { kind: "any", of: Array.from({ length: 20 }, (_, k): Condition => ({ kind: "threshold", count: k + 3, type: "ground-troops", minStance: "open" })) },
        }),
        offer("it", "IT", "peacekeepers", {
          condition: { kind: "all", of: Array.from({ length: 20 }, (_, k): Condition => ({ kind: "threshold", count: k + 1, type: "personnel", minStance: "open" })) },
        }),
      ],
    });
    const verdicts = verdictsOf(data);
    expect([verdicts.get("de")?.verdict, verdicts.get("it")?.verdict]).toEqual(["inactive", "inactive"]);
  });

  it("leaves the actor's own offer out whether it is decided before or after", () => {
    const threshold: Condition = { kind: "threshold", count: 1, type: "ground-troops", minStance: "open" };
    for (const order of [0, 1]) {
      const [first, second] = [
        offer("fr-more", "FR", "ground-troops", { stance: "committed", statedBy: { institution: "FR.government" } }),
        offer("fr", "FR", "ground-troops", { condition: threshold }),
      ];
      const data = dataset({ commitments: order === 0 ? [first!, second!] : [second!, first!] });
      expect(verdictsOf(data).get("fr")?.verdict).toBe("inactive");
    }
  });

  it("counts the participants of the day: not before they join, not after they leave", () => {
    const atLeastOne: Condition = { kind: "threshold", count: 1, type: "ground-troops", minStance: "open", among: "k" };
    const data = dataset({
      coalitions: [
        {
          id: "k",
          name: "K",
          leads: ["GB"],
          participants: [
            { actor: "GB", from: "2025-02-01", sources: ["s0"] },
            { actor: "FR", from: "unknown", sources: ["s1", "s0"] },
            { actor: "DE", from: "2025-01-01", to: "2025-02-01", sources: ["s0"] },
          ],
          sources: ["s0"],
        },
      ],
      commitments: [
        offer("gb", "GB", "ground-troops", { date: "2025-01-02", condition: fact("gb") }),
        offer("fr", "FR", "ground-troops", { date: "2025-01-02", condition: fact("fr") }),
        offer("de", "DE", "ground-troops", { date: "2025-01-02" }),
        offer("it", "IT", "peacekeepers", { date: "2025-01-02", condition: atLeastOne }),
      ],
    });
    const it = (facts: Record<string, boolean>, asOf?: string) => verdictsOf(data, facts, asOf).get("it")?.verdict;
    // Germany left on 1 February; the United Kingdom joined then; France as of its earliest source (10 January).
    expect(it({ "fact:gb": true }, "2025-01-15")).toBe("active");
    expect(it({ "fact:fr": false }, "2025-01-05")).toBe("active");
    expect(it({ "fact:gb": true, "fact:fr": false }, "2025-02-15")).toBe("active");
    expect(it({ "fact:gb": false, "fact:fr": false }, "2025-02-15")).toBe("inactive");
    // Without a day, those who have not left: Germany is out.
    expect(it({ "fact:gb": false, "fact:fr": false })).toBe("inactive");
  });
});

describe("coordination groups, larger and in parts already settled", () => {
  const ring = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      offer(`r${i}`, STATES_RING[i]!, "ground-troops", { condition: { kind: "commitment", actor: STATES_RING[(i + 1) % n]!, type: "ground-troops", minStance: "open" } }),
    );

  it("counts how many of a group would move together when not all would", () => {
    const data = dataset({
      commitments: [
        offer("fr", "FR", "ground-troops", {
          condition: { kind: "any", of: [{ kind: "commitment", actor: "DE", type: "ground-troops", minStance: "open" }, { kind: "commitment", actor: "IT", type: "ground-troops", minStance: "open" }] },
        }),
        offer("de", "DE", "ground-troops", { condition: { kind: "commitment", actor: "FR", type: "ground-troops", minStance: "open" } }),
        offer("it", "IT", "ground-troops", { condition: { kind: "all", of: [{ kind: "commitment", actor: "FR", type: "ground-troops", minStance: "open" }, fact("u")] } }),
      ],
    });
    expect(evaluateScenario(data, {}).groups[0]?.explanation).toBe(
      "France's offer of ground troops, Germany's offer of ground troops and Italy's offer of ground troops depend on one another: none active if no one moves first, 2 if all move together.",
    );
  });

  it("sums up a group of four in a sentence", () => {
    const evaluation = evaluateScenario(dataset({ commitments: ring(4) }), {});
    expect(evaluation.groups[0]?.explanation).toBe(
      "France's offer of ground troops, Germany's offer of ground troops, Italy's offer of ground troops and 1 more offers depend on one another: none active if no one moves first, all if all move together.",
    );
    expect(evaluation.verdicts[0]?.explanation).toContain("it is in a coordination group with Germany's offer of ground troops, Italy's offer of ground troops and 1 more offers");
  });

  it("links offers only through what can still move them, in either order", () => {
    const a = offer("a", "FR", "ground-troops", {
      condition: { kind: "all", of: [fact("u"), { kind: "any", of: [fact("t"), { kind: "commitment", actor: "DE", type: "ground-troops", minStance: "open" }] }] },
    });
    const b = offer("b", "DE", "ground-troops", { condition: { kind: "commitment", actor: "FR", type: "ground-troops", minStance: "open" } });
    for (const commitments of [
      [a, b],
      [b, a],
    ]) {
      // With t unknown, France waits on Germany and Germany on France.
      const open = evaluateScenario(dataset({ commitments }), {});
      expect(open.groups.map((group) => [...group.commitments].sort())).toEqual([["a", "b"]]);
      // With t true, France's `any` holds whatever Germany does: France waits on u alone,
      // and Germany on France; no one waits on the other.
      const settled = evaluateScenario(dataset({ commitments }), { facts: { "fact:t": true } });
      expect(settled.groups).toEqual([]);
      expect(byId(settled.verdicts).get("a")).toMatchObject({ verdict: "undetermined", cautious: "undetermined", coordinated: "undetermined", group: -1 });
      expect(byId(settled.verdicts).get("b")).toMatchObject({ verdict: "undetermined", cautious: "undetermined", coordinated: "undetermined", group: -1 });
    }
  });

  it("counts only the other actors in a threshold: an offer that counts its own type waits on no one but them", () => {
    const twoOthers = { kind: "threshold", count: 2, type: "ground-troops", minStance: "open" } as const;
    const data = dataset({
      commitments: [
        offer("it", "IT", "ground-troops", { condition: twoOthers }),
        offer("fr", "FR", "ground-troops", { condition: fact("f") }),
        offer("de", "DE", "ground-troops", { condition: fact("g") }),
      ],
    });
    const evaluation = evaluateScenario(data, {});
    expect(evaluation.groups).toEqual([]);
    const italy = byId(evaluation.verdicts).get("it");
    expect(italy).toMatchObject({ verdict: "undetermined", cautious: "undetermined", coordinated: "undetermined", group: -1 });
    expect(italy?.explanation).toBe(
      "Italy's offer of ground troops is undetermined: it needs at least 2 other actors offering ground troops, which is unknown.",
    );
    expect(evaluateScenario(data, { facts: { "fact:f": true, "fact:g": true } }).verdicts[0]?.verdict).toBe("active");
  });

  it("groups actors whose thresholds count one another, and no one else", () => {
    const another = { kind: "threshold", count: 1, type: "ground-troops", minStance: "open" } as const;
    const data = dataset({
      commitments: [
        offer("it", "IT", "ground-troops", { condition: another }),
        offer("es", "ES", "ground-troops", { condition: another }),
        // Poland counts towards both thresholds, but waits on a fact alone.
        offer("pl", "PL", "ground-troops", { condition: fact("f") }),
      ],
    });
    const evaluation = evaluateScenario(data, {});
    expect(evaluation.groups.map((group) => group.commitments)).toEqual([["it", "es"]]);
    expect(evaluation.verdicts.map((verdict) => [verdict.commitment, verdict.verdict, verdict.cautious, verdict.coordinated])).toEqual([
      ["it", "undetermined", "undetermined", "active"],
      ["es", "undetermined", "undetermined", "active"],
      ["pl", "undetermined", "undetermined", "undetermined"],
    ]);
    // Poland's offer settles both.
    expect(evaluateScenario(data, { facts: { "fact:f": true } }).verdicts.map((verdict) => verdict.verdict)).toEqual(["active", "active", "active"]);
  });

  it("applies only the coalitions that set a condition", () => {
    const data = dataset({
      coalitions: [
        { id: "k", name: "K", leads: ["FR"], participants: [{ actor: "FR", from: "2025-01-01", sources: ["s0"] }], condition: fact("k"), sources: ["s0"] },
        { id: "m", name: "M", leads: ["DE"], participants: [{ actor: "DE", from: "2025-01-01", sources: ["s0"] }], sources: ["s0"] },
      ],
      commitments: [offer("fr", "FR", "ground-troops", { coalition: "k" }), offer("de", "DE", "ground-troops", { coalition: "m" })],
    });
    const verdicts = verdictsOf(data);
    expect([verdicts.get("fr")?.verdict, verdicts.get("de")?.verdict]).toEqual(["undetermined", "active"]);
    expect([verdicts.get("fr")?.decidedBy, verdicts.get("de")?.decidedBy]).toEqual(["coalition", "unconditional"]);
  });
});

const STATES_RING = ["FR", "DE", "IT", "PL", "ES"];

describe("facts about actors", () => {
  it("takes an inclusion that names an actor as that actor's own inclusion", () => {
    const data = dataset({
      commitments: [
        offer("fr", "FR", "ground-troops", { condition: { kind: "inclusion", in: "the talks" } }),
        offer("de", "DE", "ground-troops", { condition: { kind: "inclusion", in: "the talks", actor: "FR" } }),
        offer("it", "IT", "ground-troops", { condition: { kind: "inclusion", in: "the talks", actor: "US" } }),
      ],
    });
    const verdicts = verdictsOf(data, { "inclusion:FR": true, "inclusion:US": false });
    expect(["fr", "de", "it"].map((id) => verdicts.get(id)?.verdict)).toEqual(["active", "active", "inactive"]);
  });

  it("reads requests to each actor by each requester, and ignores facts about actors not in the dataset when asked to", () => {
    const data = dataset({
      commitments: [
        offer("fr", "FR", "ground-troops", { condition: { kind: "request", by: "UA" } }),
        offer("de", "DE", "ground-troops", { condition: { kind: "request", by: "US" } }),
        offer("it", "IT", "ground-troops", { condition: { kind: "request" } }),
        offer("pl", "PL", "ground-troops", { condition: { kind: "request" } }),
      ],
    });
    const facts = { "request:UA:FR": true, "request:US:DE": false, "request:US:IT": true, "request:*:ZZ": true, "request:UA:ZZ": true, "inclusion:ZZ": true, "fact:a": undefined as unknown as boolean };
    const verdicts = byId(evaluateScenario(data, { facts, allowUnknownFacts: true }).verdicts);
    expect(["fr", "de", "it", "pl"].map((id) => verdicts.get(id)?.verdict)).toEqual(["active", "inactive", "active", "undetermined"]);
  });
});

describe("explanations in detail", () => {
  it("lists mixed values one by one, and says when all of many hold", () => {
    const data = dataset({
      commitments: [
        offer("fr", "FR", "ground-troops", { condition: { kind: "all", of: [{ kind: "not", of: fact("a") }, fact("b")] } }),
        offer("de", "DE", "ground-troops", { condition: { kind: "all", of: [fact("b"), fact("c"), fact("d")] } }),
      ],
    });
    const verdicts = verdictsOf(data, { "fact:a": false, "fact:b": true, "fact:c": true, "fact:d": true });
    expect(verdicts.get("fr")?.explanation).toBe(
      "France's offer of ground troops is active: it needs the absence of fact a and fact b (fact a does not hold; fact b holds).",
    );
    expect(verdicts.get("de")?.explanation).toBe("Germany's offer of ground troops is active: it needs fact b, fact c and fact d, all hold.");
  });

  it("explains a condition of thousands of atoms", () => {
    const base = dataset({});
    const condition: Condition = { kind: "all", of: Array.from({ length: 5000 }, (_, k) => fact(`f${k}`)) };
    const data: Dataset = { ...base, commitments: [{ id: "big", actor: "FR", type: "ground-troops", stance: "ready", date: "unknown", sources: ["s1"], condition }] };
    const verdict = evaluateScenario(data, {}).verdicts[0];
    expect(verdict?.atoms.length).toBe(5000);
    expect(verdict?.explanation).toBe("France's offer of ground troops is undetermined: it needs fact f0, fact f1, fact f2, fact f3, fact f4 and 4995 more conditions, all unknown.");
  });
});

describe("data built without the parser", () => {
  // Typed data that no parsed dataset would hold: the evaluation still answers, and says what it can.
  const base = dataset({});
  const data = {
    ...base,
    contributionTypes: [
      { id: "x:loop-a", label: "Loop A", parent: "x:loop-b" },
      { id: "x:loop-b", label: "Loop B", parent: "x:loop-a" },
      { id: "x:orphan", label: "Orphan", parent: "x:nowhere" },
    ],
    sources: [...base.sources, { id: "s-undated", kind: "official-statement", publisher: "Test", date: "unknown" }],
    coalitions: [
      {
        id: "k",
        name: "K",
        leads: ["FR"],
        participants: [
          { actor: "FR", from: "2025-01-01", to: "later", sources: ["s0"] },
          { actor: "DE", from: "soon", sources: ["s0"] },
          { actor: "IT", from: "unknown", sources: ["nowhere", "s0"] },
          { actor: "PL", from: "unknown", sources: ["s-undated"] },
        ],
        sources: ["s0"],
      },
    ],
    commitments: [
      { id: "odd-1", actor: "FR", type: "made-up", stance: "ready", date: "unknown", sources: ["s1"] },
      {
        id: "odd-2",
        actor: "DE",
        type: "made-up",
        stance: "ready",
        date: "2025-02-01",
        sources: ["s1"],
        quantity: { claims: [{ value: { kind: "exact", unit: "money", value: 5 }, sources: ["s1"] }] },
      },
      { id: "odd-7", actor: "DE", type: "trainers", stance: "ready", date: "sometime", sources: ["s1"] },
      { id: "odd-3", actor: "IT", type: "x:loop-a", stance: "ready", date: "unknown", sources: ["s1"], fulfilment: [{ stage: "withdrawn", date: "whenever", sources: ["s1"] }] },
      { id: "odd-5", actor: "ES", type: "made-up", stance: "open", date: "unknown", sources: ["s1", "s0"] },
      {
        id: "odd-4",
        actor: "PL",
        type: "x:orphan",
        stance: "ready",
        date: "unknown",
        sources: ["nowhere", "s1"],
        condition: {
          kind: "any",
          of: [
            { kind: "commitment", actor: "ZZ", type: "unheard-of", minStance: "open" },
            { kind: "threshold", count: 1, type: "unheard-of", minStance: "open" },
            { kind: "threshold", count: 5, type: "made-up", minStance: "open", among: "k" },
            { kind: "threshold", count: 1, type: "made-up", minStance: "open", among: "no-such-coalition" },
            { kind: "approval", institution: "ZZ.cabinet" },
            { kind: "request", by: "ZZ" },
          ],
        },
      },
      // A requester whose id is the key's wildcard: its key is the key of a request by anyone.
      { id: "odd-6", actor: "ES", type: "trainers", stance: "ready", date: "unknown", sources: ["s1"], condition: { kind: "request", by: "*" } },
    ],
  } as unknown as Dataset;
  const evaluation = evaluateScenario(data, { asOf: "2025-03-13" });
  const verdicts = byId(evaluation.verdicts);

  it("takes types no taxonomy declares as types of their own, and a taxonomy with a loop as it comes", () => {
    expect(evaluation.totals.find((total) => total.type === "made-up")?.active).toEqual({
      actors: 3,
      commitments: 3,
      unquantified: 2,
      quantities: [{ unit: "money", low: 5, high: 5, openEnded: 0 }],
    });
    // In taxonomy order: built-in types, the dataset's own, the broader type nothing declares
    // (the kernel's one taxonomy keeps it as a type of its own, over the orphan), then the unknown.
    expect(evaluation.totals.map((total) => total.type)).toEqual(["personnel", "trainers", "x:orphan", "x:nowhere", "made-up"]);
  });

  it("counts a date that is not a date as the kernel does (in force at the latest, on no given day), and a withdrawal so dated as done", () => {
    expect(verdicts.has("odd-7")).toBe(false);
    expect(evaluation.excluded).toContainEqual({ commitment: "odd-7", reason: "not-yet-stated" });
    expect(evaluateScenario(data, {}).verdicts.find((verdict) => verdict.commitment === "odd-7")?.verdict).toBe("active");
    expect(evaluation.excluded).toContainEqual({ commitment: "odd-3", reason: "withdrawn" });
    // Undated, it counts as of its earliest source: s0, 10 January.
    expect(evaluateScenario(data, { asOf: "2025-01-15" }).verdicts.map((verdict) => verdict.commitment)).toContain("odd-5");
  });

  it("reads a request by the wildcard id as the request by anyone", () => {
    const withRequest = evaluateScenario(data, { asOf: "2025-03-13", facts: { "request:*:ES": true } });
    expect(withRequest.verdicts.find((verdict) => verdict.commitment === "odd-6")?.verdict).toBe("active");
  });

  it("compares money without a currency like any money", () => {
    const comparison = compareScenarios(data, { asOf: "2025-03-13" }, { asOf: "2025-03-13", facts: { "commitment:DE:made-up": false } });
    expect(comparison.totals.changes.find((change) => change.type === "made-up")?.active.quantities).toEqual([{ unit: "money", low: -5, high: -5, openEnded: 0 }]);
  });

  it("finds no offer of an unknown type, no participant of an unknown coalition, and names what it does not know by its id", () => {
    expect(verdicts.get("odd-4")?.verdict).toBe("undetermined");
    expect(verdicts.get("odd-4")?.explanation).toBe(
      "Poland's offer of orphan is undetermined: it needs an offer of unheard-of by ZZ, the approval of ZZ.cabinet or a request by ZZ, all unknown; no commitment of ZZ on unheard-of is on record (open world: unknown).",
    );
    const falseAtoms = evaluateScenario(data, { asOf: "2025-03-13", facts: { "approval:ZZ.cabinet": false, "request:ZZ:PL": false } });
    expect(falseAtoms.verdicts.find((verdict) => verdict.commitment === "odd-4")?.explanation).toContain("an offer of unheard-of by ZZ");
  });
});
