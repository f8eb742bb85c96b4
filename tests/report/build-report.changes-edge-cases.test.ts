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
