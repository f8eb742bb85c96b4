// A Markdown report of items that cite no source: they stand without a citation, while a
// group's participants, each claim of a disputed count, and the day the report is known
// as of are all written out.
import { describe, expect, it } from "vitest";
import { renderMarkdownReport } from "../../src/report.js";
import { uncitedReport } from "./uncited-report.js";

describe("renderMarkdownReport of a hand-made report whose items cite no source", () => {
  const markdown = renderMarkdownReport(uncitedReport);
  const lines = markdown.split("\n");

  it("says the day it is known as of beside its date", () => {
    expect(markdown).toContain("As of **2025-06-30**, as known on **2025-07-15**.");
  });

  it("names a group's participants, with no citation after it", () => {
    expect(lines).toContain("- Group: Land group; participants\\: the Example Republic");
  });

  it("lists each claim of a disputed count under its pledge, citing only the claim that has a source", () => {
    expect(lines).toContain("  - Claim: 26 countries");
    expect(lines).toContain("  - Claim: 30 countries (source: `plain`)");
  });
});
