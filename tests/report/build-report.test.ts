import { describe, expect, it } from "vitest";
import { buildReport, renderMarkdownReport, renderTextReport } from "../../src/index.js";
import { seedDataset } from "../../src/fixtures.js";

describe("the report on the seed dataset", () => {
  const report = buildReport(seedDataset());

  it("is taken as of the date of the report's sources by default", () => {
    expect(report.asOf).toBe("2025-03-13");
  });

  it("names the United Kingdom and France as leads, and 37 participants in all", () => {
    const coalition = report.coalitions[0];
    expect(coalition?.leads.map((lead) => lead.id)).toEqual(["GB", "FR"]);
    expect(coalition?.participantCount).toBe("37");
    expect(coalition?.condition).toBe("a peace agreement in Ukraine");
  });

  it("shows Australia, Japan and New Zealand outside NATO among the named participants", () => {
    const participants = report.coalitions[0]?.participants ?? [];
    const outsideNato = participants
      .filter((participant) => !participant.blocs.includes("North Atlantic Treaty Organization"))
      .map((participant) => participant.id);
    expect(outsideNato).toEqual(["AU", "JP", "NZ"]);
  });

  it("lists offers by top-level type, strongest stance first, with their conditions in words", () => {
    expect(report.contributions.map((group) => group.type)).toEqual(["personnel", "air", "logistics"]);
    const personnel = report.contributions[0]?.offers ?? [];
    expect(personnel[0]?.stance).toBe("ready");
    const swiss = personnel.find((offer) => offer.actor.id === "CH");
    expect(swiss?.condition).toBe("a request and the government's approval");
    expect(swiss?.statedBy).toBe("Thomas Süssli, Commander-in-Chief of the Swiss Armed Forces");
  });

  it("leaves conditional offers undetermined when no fact is assumed, and decides them when one is", () => {
    expect(report.verdicts).toEqual({ active: 3, inactive: 0, undetermined: 7 });
    const withPeace = buildReport(seedDataset(), { facts: { "peace:agreement:UA": true } });
    expect(withPeace.verdicts.undetermined).toBe(2); // Switzerland and Turkey still wait on their own conditions
    expect(withPeace.assumptions).toEqual([{ key: "peace:agreement:UA", value: true }]);
  });

  it("reports Bulgaria's refusal and the Romanian parliament's opposition", () => {
    expect(report.refusals.map((refusal) => [refusal.actor.id, refusal.stance])).toEqual([
      ["BG", "refused"],
      ["RO", "opposed"],
    ]);
  });

  it("shows Romania as contested: its president open, its parliament opposed", () => {
    expect(report.contested).toHaveLength(1);
    expect(report.contested[0]?.actor.id).toBe("RO");
    expect(report.contested[0]?.positions.map((position) => position.stance)).toEqual(["open", "opposed"]);
  });

  it("shows who opposed the behind-the-line proposal and what the US backstop asks and leaves out", () => {
    const behind = report.proposals.find((proposal) => proposal.id === "behind-the-line-force");
    expect(behind?.positions.filter((p) => p.stance === "opposed").map((p) => p.actor.id)).toEqual(["DE", "IT", "ES", "PL"]);
    const backstop = report.proposals.find((proposal) => proposal.id === "us-backstop");
    expect(backstop?.asks).toEqual([
      "Air power from the United States",
      "Intelligence from the United States",
      "Border surveillance from the United States",
    ]);
    expect(backstop?.leavesOut).toEqual(["Peacekeepers and ceasefire monitors from the United States"]);
  });

  it("before the report's date, knows of no statement yet", () => {
    const early = buildReport(seedDataset(), { asOf: "2025-03-01" });
    expect(early.contributions).toEqual([]);
    expect(early.proposals.every((proposal) => proposal.positions.length === 0)).toBe(true);
  });

  it("is plain data that survives JSON", () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe("rendering", () => {
  const report = buildReport(seedDataset());

  it("as text, has every section and names the opponents of the proposal", () => {
    const text = renderTextReport(report);
    for (const heading of ["COALITION:", "CONTRIBUTIONS OFFERED, BY TYPE", "REFUSALS AND OPPOSITION", "CONTESTED", "PROPOSALS"]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain("opposed: Germany, Italy, Spain, Poland");
  });

  it("as Markdown, has a table row per offer", () => {
    const markdown = renderMarkdownReport(report);
    const rows = markdown.split("\n").filter((line) => line.startsWith("| ") && !line.startsWith("| actor") && !line.startsWith("| ---"));
    const offers = report.contributions.reduce((count, group) => count + group.offers.length, 0);
    expect(rows).toHaveLength(offers);
  });
});
