// Two voices of one actor speaking on the same day: both statements stand, and a later
// change is told from the more forward of them, listing both.
import { describe, expect, it } from "vitest";
import { changesBetween } from "../../src/index.js";
import { parseDataset } from "../../src/schema.js";

const source = (id: string, date: string) => ({ id, kind: "other", publisher: "Wire", date });
const said = (id: string, institution: string, stance: string, date: string, sources: string[], more = {}) => ({
  id,
  actor: "FR",
  statedBy: { institution },
  type: "ground-troops",
  stance,
  date,
  sources,
  ...more,
});
const dataset = parseDataset({
  id: "voices",
  title: "Voices",
  sources: [source("january", "2025-01-10"), source("march", "2025-03-10")],
  states: [{ id: "FR" }],
  institutions: [
    { id: "FR.head-of-government", actor: "FR", kind: "head-of-government" },
    { id: "FR.armed-forces-command", actor: "FR", kind: "armed-forces-command" },
  ],
  commitments: [
    said("pm", "FR.head-of-government", "open", "2025-01-10", ["january"]),
    said("army", "FR.armed-forces-command", "undecided", "2025-01-10", ["january"]),
    said("pm-again", "FR.head-of-government", "committed", "2025-03-10", ["march"], { supersedes: ["pm"] }),
  ],
});

describe("changesBetween after two voices of one actor spoke on the same day", () => {
  it("tells the change from the more forward stance, with both statements that stood before, by id", () => {
    const [change] = changesBetween(dataset, { from: "2025-02-01", to: "2025-04-01" }).changes;
    expect(change?.kind).toBe("strengthened");
    expect([change?.before?.id, change?.after?.id]).toEqual(["pm", "pm-again"]);
    expect(change?.statementsBefore.map((statement) => statement.id)).toEqual(["army", "pm"]);
    expect(change?.sources).toEqual(["january", "march"]);
  });
});
