// What an import of tables says when they are wrong: every problem at once, each where
// a person finds it (file, row as a spreadsheet counts it, column), and no dataset.
import { describe, expect, it } from "vitest";
import { exportDataPackage } from "../../src/interchange.js";
import { parseDataset } from "../../src/schema.js";

describe("an export that cannot be written", () => {
  it('refuses a free text that is exactly "n/a" where "n/a" means not applicable', () => {
    const dataset = parseDataset({
      id: "d",
      title: "D",
      sources: [{ id: "s", kind: "media-on-record", publisher: "P", date: "2025" }],
      states: [{ id: "IE" }],
      commitments: [{ id: "c", actor: "IE", type: "naval-vessels", location: { kind: "at-sea", area: "n/a" }, stance: "open", date: "2025", sources: ["s"] }],
    });
    expect(() => exportDataPackage(dataset)).toThrow(/cannot write "n\/a" as the value of location_detail/);
  });
});
