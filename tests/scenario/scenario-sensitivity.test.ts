import { describe, expect, it } from "vitest";
import type { Condition } from "../../src/index.js";
import { scenarioSensitivity } from "../../src/scenario.js";
import { dataset, offer } from "./helpers.js";

const fact = (id: string): Condition => ({ kind: "fact", id, description: `fact ${id}` });
const people = (value: number) => ({ claims: [{ value: { kind: "exact" as const, unit: "people" as const, value }, sources: ["s1"] }] });

describe("what each unknown fact would change", () => {
  const data = dataset({
    commitments: [
      offer("fr", "FR", "ground-troops", { condition: fact("a"), quantity: people(1000) }),
      offer("de", "DE", "ground-troops", { condition: { kind: "all", of: [fact("a"), fact("b")] }, quantity: people(500) }),
      offer("it", "IT", "ground-troops", { condition: { kind: "commitment", actor: "FR", type: "ground-troops", minStance: "ready" } }),
      offer("pl", "PL", "peacekeepers", { condition: { kind: "any", of: [fact("c"), fact("b")] } }),
    ],
  });
  const sensitivity = scenarioSensitivity(data, {});

  it("ranks the facts by how many verdicts they would change", () => {
    expect(sensitivity.map((entry) => [entry.key, entry.impact])).toEqual([
      ["fact:a", 5],
      ["fact:b", 2],
      ["fact:c", 1],
    ]);
  });

  it("follows the dependencies: a activates France, and through France, Italy", () => {
    const a = sensitivity[0];
    expect(a?.ifTrue.activated).toEqual(["fr", "it"]);
    expect(a?.ifFalse.deactivated).toEqual(["fr", "de", "it"]);
  });

  it("gives the change in totals: actors, commitments and quantities", () => {
    expect(sensitivity[0]?.ifTrue.totals.find((change) => change.type === "ground-troops")).toEqual({
      type: "ground-troops",
      active: { actors: 2, commitments: 2, unquantified: 1, quantities: [{ unit: "people", low: 1000, high: 1000, openEnded: 0 }] },
      undetermined: { actors: -2, commitments: -2 },
    });
  });

  it("describes each fact in words", () => {
    expect(sensitivity.map((entry) => entry.description)).toEqual(["fact a", "fact b", "fact c"]);
  });

  it("ranks by one contribution type when asked, and examines only the facts asked", () => {
    const peacekeeping = scenarioSensitivity(data, {}, { rankBy: "peacekeepers" });
    expect(peacekeeping.map((entry) => [entry.key, entry.impact])).toEqual([
      ["fact:b", 1],
      ["fact:c", 1],
      ["fact:a", 0],
    ]);
    expect(scenarioSensitivity(data, {}, { facts: ["fact:c", "fact:zz"] }).map((entry) => entry.key)).toEqual(["fact:c"]);
  });

  it("leaves out the facts the scenario already settles", () => {
    expect(scenarioSensitivity(data, { facts: { "fact:a": true } }).map((entry) => entry.key)).toEqual(["fact:b", "fact:c"]);
  });

  it("follows the implications between facts: an agreement implies a ceasefire", () => {
    const peace = dataset({
      commitments: [
        offer("fr", "FR", "peacekeepers", { condition: { kind: "peace", form: "ceasefire", country: "UA" } }),
        offer("de", "DE", "peacekeepers", { condition: { kind: "peace", form: "agreement", country: "UA" } }),
      ],
    });
    const byKey = new Map(scenarioSensitivity(peace, {}).map((entry) => [entry.key, entry]));
    expect(byKey.get("peace:agreement:UA")?.ifTrue.activated).toEqual(["fr", "de"]);
    expect(byKey.get("peace:ceasefire:UA")?.ifFalse.deactivated).toEqual(["fr", "de"]);
    expect(byKey.get("peace:ceasefire:UA")?.ifTrue.activated).toEqual(["fr"]);
  });
});

describe("sensitivity in less common cases", () => {
  it("follows requests by several named actors to one actor, and ranks by a type no offer has as nothing", () => {
    const data = dataset({
      commitments: [
        offer("ch", "CH", "peacekeepers", { condition: { kind: "request" } }),
        offer("ch-ua", "CH", "trainers", { condition: { kind: "request", by: "UA" } }),
        offer("ch-us", "CH", "aircraft", { condition: { kind: "request", by: "US" } }),
      ],
    });
    const byKey = new Map(scenarioSensitivity(data, {}).map((entry) => [entry.key, entry]));
    expect(byKey.get("request:*:CH")?.ifFalse.deactivated).toEqual(["ch", "ch-ua", "ch-us"]);
    expect(byKey.get("request:US:CH")?.ifTrue.activated).toEqual(["ch", "ch-us"]);
    expect(scenarioSensitivity(data, {}, { rankBy: "no-such-type" }).every((entry) => entry.impact === 0)).toBe(true);
  });

  it("lists facts of the same key once each, in a stable order, when ids hold colons", () => {
    const data = dataset({
      organizations: [
        { id: "x:y", name: "XY", kind: "other" },
        { id: "y:z", name: "YZ", kind: "other" },
        { id: "z", name: "Z", kind: "other" },
        { id: "x", name: "X", kind: "other" },
      ],
      commitments: [
        // "request:x:y:z" is both a request by x to y:z and one by x:y to z.
        offer("yz", "y:z", "peacekeepers", { condition: { kind: "request", by: "x" } }),
        offer("z", "z", "peacekeepers", { condition: { kind: "request", by: "x:y" } }),
      ],
    });
    const keys = scenarioSensitivity(data, {}).map((entry) => entry.key);
    expect(keys).toEqual(["request:x:y:z", "request:x:y:z"]);
  });
});
