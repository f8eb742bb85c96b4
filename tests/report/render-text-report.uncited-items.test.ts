// A text report of items that cite no source: they stand without a citation.
import { describe, expect, it } from "vitest";
import { renderTextReport } from "../../src/report.js";
import { uncitedReport } from "./uncited-report.js";

describe("renderTextReport of a hand-made report whose items cite no source", () => {
  const lines = renderTextReport(uncitedReport).split("\n").map((line) => line.trim());

  it("writes a group and a claim without sources with no citation, and a claim with one cited", () => {
    expect(lines.some((line) => line.endsWith("Land group; participants: the Example Republic"))).toBe(true);
    expect(lines).toContain("claim: 26 countries");
    expect(lines).toContain("claim: 30 countries [source: plain]");
  });
});
