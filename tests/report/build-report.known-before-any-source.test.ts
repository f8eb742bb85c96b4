// A report as known on a day before any of its sources: by default it is as of that day,
// and nothing is in force yet. And a group with no start date counts from its source.
import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/report.js";
import { parseDataset } from "../../src/schema.js";

const source = (id: string, date: string) => ({ id, kind: "other", publisher: "Wire", date });
const dataset = parseDataset({
  id: "d",
  title: "D",
  sources: [source("february", "2025-02-10"), source("march", "2025-03")],
  states: [{ id: "FR" }, { id: "IE" }],
  commitments: [
    { id: "fr", actor: "FR", type: "ground-troops", stance: "open", date: "2025-02", sources: ["february"] },
    { id: "ie", actor: "IE", type: "ground-troops", stance: "ready", date: "2025-03", sources: ["march"] },
  ],
  coalitions: [{ id: "cw", name: "CW", leads: ["FR"], sources: ["february"], subgroups: [{ id: "land", name: "Land group", sources: ["february"] }] }],
});

describe("buildReport known as of a day before every source", () => {
  it("is as of that day, with no contribution in force", () => {
    const report = buildReport(dataset, { knownAsOf: "2025-01-15" });
    expect([report.asOf, report.knownAsOf]).toEqual(["2025-01-15", "2025-01-15"]);
    expect(report.contributions).toEqual([]);
  });
});

describe("buildReport of a coalition group with no start date", () => {
  it("holds the group from the day of its source on", () => {
    expect(buildReport(dataset, { asOf: "2025-02-20" }).coalitions[0]?.subgroups.map((group) => group.name)).toEqual(["Land group"]);
    expect(buildReport(dataset, { asOf: "2025-02-01" }).coalitions[0]?.subgroups).toEqual([]);
  });
});
