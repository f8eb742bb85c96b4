// Open world for dependencies (model v2, design §4): an atom on another actor's
// commitment that nothing on record answers is unknown, not false, unless the dataset or
// the scenario reads the unrecorded as false; a scenario can set it either way.
import { describe, expect, it } from "vitest";
import { isCoalitionError, type Condition, type Location } from "../../src/index.js";
import { evaluateScenario, type Scenario } from "../../src/scenario.js";
import { byId, dataset, offer } from "./helpers.js";

const usBackstop: Condition = { kind: "commitment", actor: "US", type: "air-power", minStance: "ready" };
const ceasefire: Condition = { kind: "peace", form: "ceasefire", country: "UA" };
const germany = offer("de-troops", "DE", "ground-troops", { condition: { kind: "all", of: [ceasefire, usBackstop] } });
const seedLike = dataset({ commitments: [germany] });

function germanyUnder(scenario: Scenario, data = seedLike) {
  return byId(evaluateScenario(data, scenario).verdicts).get("de-troops");
}

describe("a dependency on a commitment nobody recorded", () => {
  it("leaves Germany's offer undetermined under 'ceasefire true, nothing else known', naming the missing US commitment", () => {
    const verdict = germanyUnder({ facts: { "peace:ceasefire:UA": true } });
    expect(verdict?.verdict).toBe("undetermined");
    expect(verdict?.explanation).toBe(
      "Germany's offer of ground troops is undetermined: it needs an offer of air power by the United States (at least ready), which is unknown; " +
        "no commitment of the United States on air power is on record (open world: unknown).",
    );
    expect(verdict?.atoms).toEqual([{ atom: usBackstop, key: "commitment:US:air-power", value: "unknown", negated: false, from: "own" }]);
  });

  it("is decided by setting commitment:US:air-power true or false, though no US commitment is on record", () => {
    expect(germanyUnder({ facts: { "peace:ceasefire:UA": true, "commitment:US:air-power": true } })?.verdict).toBe("active");
    const refused = germanyUnder({ facts: { "peace:ceasefire:UA": true, "commitment:US:air-power": false } });
    expect(refused?.verdict).toBe("inactive");
    // The scenario spoke: the explanation does not fall back on the reading of the unrecorded.
    expect(refused?.explanation).toBe(
      "Germany's offer of ground troops is inactive: it needs an offer of air power by the United States (at least ready), which does not hold.",
    );
  });

  it("reads false in the closed world, chosen by the scenario or by the dataset's assumptions, and says so", () => {
    const closed = germanyUnder({ facts: { "peace:ceasefire:UA": true }, unrecordedCommitments: "false" });
    expect(closed?.verdict).toBe("inactive");
    expect(closed?.explanation).toContain("no commitment of the United States on air power is on record (closed world: false)");
    const assumed = dataset({ commitments: [germany], assumptions: { unrecordedCommitments: "false" } });
    expect(germanyUnder({ facts: { "peace:ceasefire:UA": true } }, assumed)?.verdict).toBe("inactive");
    // The scenario's choice wins over the dataset's.
    expect(germanyUnder({ facts: { "peace:ceasefire:UA": true }, unrecordedCommitments: "unknown" }, assumed)?.verdict).toBe("undetermined");
  });

  it("follows the US records where they exist: a refusal, a weaker offer, or a withdrawal decides false", () => {
    const withRecord = (record: ReturnType<typeof offer>) => dataset({ commitments: [germany, record] });
    const refusal = withRecord(offer("us-no", "US", "air-power", { stance: "refused" }));
    expect(germanyUnder({ facts: { "peace:ceasefire:UA": true } }, refusal)?.verdict).toBe("inactive");
    const weaker = withRecord(offer("us-open", "US", "air-power", { stance: "open" }));
    expect(germanyUnder({ facts: { "peace:ceasefire:UA": true } }, weaker)?.verdict).toBe("inactive");
    const withdrawn = withRecord(offer("us-gone", "US", "air-power", { fulfilment: [{ stage: "withdrawn", date: "2025-02-01", sources: ["s0"] }] }));
    expect(germanyUnder({ facts: { "peace:ceasefire:UA": true } }, withdrawn)?.verdict).toBe("inactive");
    // A statement on a type under the one asked is on record too: air power is a kind of air.
    const anyAir = offer("de-troops", "DE", "ground-troops", { condition: { kind: "commitment", actor: "US", type: "air", minStance: "ready" } });
    expect(germanyUnder({}, dataset({ commitments: [anyAir] }))?.verdict).toBe("undetermined");
    expect(germanyUnder({}, dataset({ commitments: [anyAir, offer("us-no", "US", "air-power", { stance: "refused" })] }))?.verdict).toBe("inactive");
    // A statement made after the day asked is not on record yet.
    const early = { ...germany, date: "2025-01-10", sources: ["s0"] };
    const later = dataset({ commitments: [early, offer("us-later", "US", "air-power", { stance: "refused", date: "2025-03-13" })] });
    expect(germanyUnder({ facts: { "peace:ceasefire:UA": true }, asOf: "2025-02-01" }, later)?.verdict).toBe("undetermined");
  });

  it("accepts the key commitment:<actor>:<type> for a declared actor and type with nothing on record, and still refuses a misspelt one", () => {
    expect(() => evaluateScenario(seedLike, { facts: { "commitment:GB:naval-vessels": true } })).not.toThrow();
    let caught: unknown;
    try {
      evaluateScenario(seedLike, { facts: { "commitment:USA:air-power": true } });
    } catch (error) {
      caught = error;
    }
    expect(isCoalitionError(caught) && caught.code).toBe("invalid_argument");
  });

  it("refuses a reading that is neither unknown nor false", () => {
    const scenario = { unrecordedCommitments: "maybe" } as unknown as Scenario;
    expect(() => evaluateScenario(seedLike, scenario)).toThrow(/unrecordedCommitments "maybe" must be "unknown" or "false"/);
  });
});

describe("places below a country", () => {
  const asks = (actor: string, location: Location): Condition => ({ kind: "commitment", actor, type: "ground-troops", minStance: "open", location });
  const data = dataset({
    organizations: [{ id: "nato", name: "NATO", kind: "alliance" }],
    commitments: [
      offer("gb-odesa", "GB", "ground-troops", { location: { kind: "region", country: "UA", name: "Odesa oblast" } }),
      offer("fr-areas", "FR", "ground-troops", { location: { kind: "areas", country: "UA", description: "strategic areas", awayFromLineOfContact: true } }),
      offer("pl-nato", "PL", "ground-troops", { location: { kind: "bloc-territory", bloc: "nato", adjacentTo: "UA" } }),
      offer("in-ukraine", "IT", "tanks", { condition: asks("GB", { kind: "in-country", country: "UA" }) }),
      offer("in-odesa", "ES", "tanks", { condition: asks("GB", { kind: "region", country: "UA", name: "Odesa oblast" }) }),
      offer("away", "DK", "tanks", { condition: asks("FR", { kind: "areas", country: "UA", description: "strategic areas", awayFromLineOfContact: true }) }),
      offer("fr-in-ukraine", "SE", "tanks", { condition: asks("FR", { kind: "in-country", country: "UA" }) }),
      offer("neighbours", "NL", "tanks", { condition: asks("PL", { kind: "neighbouring-countries", of: "UA" }) }),
      offer("elsewhere", "BE", "tanks", { condition: asks("GB", { kind: "in-country", country: "RO" }) }),
      offer("two-in-ukraine", "IE", "tanks", {
        condition: { kind: "threshold", count: 2, type: "ground-troops", minStance: "open", location: { kind: "in-country", country: "UA" } },
      }),
    ],
  });

  it("counts an offer in Odesa oblast, in strategic areas or on NATO territory next to Ukraine as an offer in (or next to) Ukraine", () => {
    const verdicts = byId(evaluateScenario(data, { unrecordedCommitments: "false" }).verdicts);
    const of = (id: string) => verdicts.get(id)?.verdict;
    expect([of("in-ukraine"), of("in-odesa"), of("away"), of("fr-in-ukraine"), of("neighbours"), of("two-in-ukraine")]).toEqual([
      "active",
      "active",
      "active",
      "active",
      "active",
      "active",
    ]);
    // Odesa oblast is not in Romania.
    expect(of("elsewhere")).toBe("inactive");
  });
});
