// The changes since a day, where the records say little: a participation with no start
// date is dated by its source.
import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/report.js";
import { parseDataset } from "../../src/schema.js";

const source = (id: string, date: string) => ({ id, kind: "other", publisher: "Wire", date });
const dataset = parseDataset({
  id: "d",
  title: "D",
  sources: [source("february", "2025-02-10"), source("march", "2025-03-12")],
  states: [{ id: "FR" }, { id: "IE" }],
  coalitions: [
    {
      id: "cw",
      name: "CW",
      leads: ["FR"],
      sources: ["february"],
      participants: [{ actor: "IE", from: "unknown", sources: ["march"] }],
    },
  ],
});

describe("buildReport changes since a day", () => {
  it("dates a joining with no start date by the day of its source", () => {
    const { changes } = buildReport(dataset, { asOf: "2025-03-20", since: "2025-03-01" }).changes!;
    const joined = changes.find((change) => change.kind === "joined");
    expect(joined).toMatchObject({ subject: "the coalition CW", date: "2025-03-12", sources: ["march"] });
  });
});

describe("buildReport changes since a day, an actor with several participations", () => {
  // FR's open-ended participation from June is listed first; the one that ended on
  // 5 March is the one that changed between the two days, and dates the change.
  const twice = parseDataset({
    id: "d2",
    title: "D2",
    sources: [source("january", "2025-01-10")],
    states: [{ id: "FR" }, { id: "GB" }],
    coalitions: [
      {
        id: "cw",
        name: "CW",
        leads: ["GB"],
        sources: ["january"],
        participants: [
          { actor: "FR", from: "2025-06", sources: ["january"] },
          { actor: "FR", from: "2025-01", to: "2025-03-05", sources: ["january"] },
        ],
      },
    ],
  });

  it("dates a leaving by the participation that ended in between", () => {
    const { changes } = buildReport(twice, { asOf: "2025-03-20", since: "2025-03-01" }).changes!;
    expect(changes).toEqual([expect.objectContaining({ kind: "left", subject: "the coalition CW", date: "2025-03-05" })]);
  });

  it("dates a rejoining by the participation that began in between", () => {
    const { changes } = buildReport(twice, { asOf: "2025-07-01", since: "2025-04-01" }).changes!;
    expect(changes).toEqual([expect.objectContaining({ kind: "joined", date: "2025-06-30" })]);
  });
});
