// A later statement of an actor replaces its earlier one in a scenario, whether the
// offers are few among many actors and types (the kernel numbers subjects in a map) or
// many (in a table); each dataset is evaluated first, before any query has read it.
import { describe, expect, it } from "vitest";
import { evaluateScenario } from "../../src/scenario.js";
import { dataset, offer } from "./helpers.js";

describe("a scenario over few offers among many actors, or many offers", () => {
  it("counts Romania's and Sweden's later refusals, not their earlier offers, and Denmark's offer once", () => {
    const data = dataset({
      commitments: [
        offer("ro-early", "RO", "air-policing", { date: "2025-01-10" }),
        offer("ro-later", "RO", "air-policing", { date: "2025-02-01", stance: "refused" }),
        offer("dk", "DK", "air-policing", { date: "2025-02-01" }),
        // One place, said twice: the later refusal replaces the offer there.
        offer("se-early", "SE", "air-policing", { date: "2025-01-10", location: { kind: "at-sea", area: "Baltic" } }),
        offer("se-later", "SE", "air-policing", { date: "2025-02-01", stance: "refused", location: { kind: "at-sea", area: "Baltic" } }),
      ],
    });
    const evaluation = evaluateScenario(data, {});
    expect(evaluation.verdicts.map((verdict) => verdict.commitment)).toEqual(["dk"]);
    expect(evaluation.totals.find((total) => total.type === "air-policing")?.active).toMatchObject({ actors: 1, commitments: 1 });
  });

  it("counts only the last of 200 statements Romania made a month apart (open to it, after 199 ready)", () => {
    const statements = Array.from({ length: 200 }, (_, n) =>
      offer(`ro-${n}`, "RO", "air-policing", { date: `${2000 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, "0")}`, stance: n === 199 ? "open" : "ready" }),
    );
    const evaluation = evaluateScenario(dataset({ commitments: statements }), {});
    expect(evaluation.verdicts.map((verdict) => verdict.commitment)).toEqual(["ro-199"]);
  });
});
