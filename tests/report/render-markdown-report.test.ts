import { describe, expect, it } from "vitest";
import { buildReport, renderMarkdownReport } from "../../src/report.js";
import { seedDataset } from "../../src/fixtures.js";
import { handMadeOffer, handMadeReport, refusalsOf } from "./hand-made-report.js";

describe("the Markdown report", () => {
  it("of the seed, names the coalition's purpose, count and condition, and the contested actor", () => {
    const markdown = renderMarkdownReport(buildReport(seedDataset()));
    expect(markdown).toContain("Purpose: to protect Kyiv from new Russian aggression.");
    expect(markdown).toContain("- Participants in all: 37");
    expect(markdown).toContain("- Every offer to it needs: a peace agreement in Ukraine");
    expect(markdown).toContain("- **refused**: Bulgaria (Parliament of Bulgaria), Participation in hostilities in Ukraine");
    expect(markdown).toContain("- Romania, Transit hub in Romania: Ilie Bolojan, Interim President: open; Parliament of Romania: opposed");
  });

  it("of a sparse report, lists the facts assumed, says None for empty sections, and leaves out what is missing", () => {
    const markdown = renderMarkdownReport({ ...handMadeReport, refusals: [] });
    expect(markdown).toContain("Assuming:\n- `fact:talks` = false");
    expect(markdown).not.toContain("Purpose:");
    expect(markdown).not.toContain("Participants in all");
    expect(markdown).not.toContain("Every offer to it needs");
    expect(markdown).toContain("## Refusals and opposition\n\nNone.");
    expect(markdown).toContain("## Contested\n\nNone.");
  });

  it("escapes table cells and writes a refusal without a speaker", () => {
    const markdown = renderMarkdownReport({
      ...handMadeReport,
      refusals: refusalsOf(1),
      contributions: [{ type: "ground-troops", label: "Ground troops", offers: [{ ...handMadeOffer, actor: { id: "XX", name: "A | B\nC" } }] }],
    });
    expect(markdown).toContain("| A \\| B C | Ground troops | committed | none stated | inactive |");
    expect(markdown).toContain("- **refused**: Refuser 0, A contribution type");
  });
});
