import { describe, expect, it } from "vitest";
import { buildReport, renderMarkdownReport, renderTextReport } from "../../src/report.js";
import { seedDataset } from "../../src/fixtures.js";
import { parseDataset } from "../../src/schema.js";

describe("the report on the seed dataset", () => {
  const report = buildReport(seedDataset());

  it("is taken as of the date of the report's sources by default", () => {
    expect(report.asOf).toBe("2025-03-13");
  });

  it("names the United Kingdom and France as leads, and 37 participants in all", () => {
    const coalition = report.coalitions[0];
    expect(coalition?.leads.map((lead) => lead.id)).toEqual(["GB", "FR"]);
    expect(coalition?.participantCount?.words).toBe("37");
    expect(coalition?.participantCount?.disputed).toBe(false);
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
    const contributions = markdown.slice(markdown.indexOf("## Contributions"), markdown.indexOf("## Refusals"));
    const rows = contributions.split("\n").filter((line) => line.startsWith("| ") && !line.startsWith("| actor") && !line.startsWith("| ---"));
    const offers = report.contributions.reduce((count, group) => count + group.offers.length, 0);
    expect(rows).toHaveLength(offers);
  });
});

describe("the sources of a report", () => {
  const report = buildReport(seedDataset());

  it("lists the sources its statements cite, and each statement names its own", () => {
    expect(report.sources.map((source) => [source.id, source.kind, source.url])).toEqual([
      ["bloomberg-2025-03-13", "media-unnamed-sources", null],
      ["report-2025-03-13", "media-on-record", null],
    ]);
    const turkey = report.contributions.flatMap((group) => group.offers).find((offer) => offer.actor.id === "TR");
    expect(turkey?.sources).toEqual(["bloomberg-2025-03-13"]);
    expect(report.refusals.map((refusal) => [refusal.type, refusal.sources])).toEqual([
      ["cotw:hostilities", ["report-2025-03-13"]],
      ["transit-hub", ["report-2025-03-13"]],
    ]);
    expect(report.proposals[0]?.positions[0]?.sources).toEqual(["report-2025-03-13"]);
  });

  it("cites nothing before any statement is on record", () => {
    expect(buildReport(seedDataset(), { asOf: "2025-03-01" }).sources).toEqual([]);
  });
});

describe("a report of a dataset unlike the seed", () => {
  // Nested conditions, a speaker without a named institution, disputed counts, positions
  // restated over time, and sources at different dates.
  const deep = (depth: number): unknown =>
    depth === 0 ? { kind: "request" } : { kind: "not", of: deep(depth - 1) };
  const dataset = parseDataset({
    id: "varied",
    title: "Varied",
    sources: [
      { id: "s1", kind: "official-statement", publisher: "Ministry", date: "2025-03-10" },
      { id: "s2", kind: "media-on-record", publisher: "Paper", title: "Story", date: "2025-03-05", url: "https://example.org/story", note: "A note." },
      { id: "s3", kind: "other", publisher: "Blog", date: "2025-03-12" },
      { id: "uncited", kind: "other", publisher: "Archive", date: "2026" },
    ],
    states: [{ id: "FR" }, { id: "DE" }, { id: "PL" }],
    institutions: [
      { id: "FR.parliament", actor: "FR", kind: "parliament" },
      { id: "FR.government", actor: "FR", kind: "government", name: "Government of France" },
    ],
    persons: [{ id: "p1", name: "A. Minister", offices: [{ institution: "FR.government", title: "Minister", sources: ["s1"] }] }],
    coalitions: [
      {
        id: "c1",
        name: "First",
        leads: ["FR"],
        participants: [{ actor: "DE", from: "unknown", sources: ["s1", "s2", "s3"] }],
        participantCount: { claims: [{ value: 10, sources: ["s1"] }, { value: 12, sources: ["s2"] }, { value: 10, sources: ["s3"] }] },
        sources: ["s1"],
      },
      { id: "c2", name: "Second", leads: ["FR"], sources: ["s1"] },
    ],
    commitments: [
      {
        id: "fr-parliament",
        actor: "FR",
        statedBy: { institution: "FR.parliament" },
        type: "ground-troops",
        stance: "open",
        date: "unknown",
        sources: ["s1"],
        condition: {
          kind: "any",
          of: [
            { kind: "not", of: { kind: "peace", form: "ceasefire", country: "UA" } },
            { kind: "all", of: [{ kind: "request", by: "PL" }, { kind: "fact", id: "vote", description: "a vote" }] },
            { kind: "mandate", by: "c1" },
          ],
        },
      },
      { id: "fr-minister", actor: "FR", statedBy: { institution: "FR.government", person: "p1" }, type: "ground-troops", stance: "ready", date: "unknown", sources: ["s2"] },
      { id: "fr-speaker", actor: "FR", statedBy: { institution: "FR.government" }, type: "aircraft", stance: "ready", date: "2025-03-11", sources: ["s3"], condition: deep(14) },
      { id: "de-refusal", actor: "DE", type: "aircraft", stance: "refused", date: "unknown", sources: ["s1"] },
    ],
    proposals: [{ id: "plan", title: "Plan", proposedBy: ["FR"], date: "unknown", sources: ["s1"] }],
    positions: [
      { id: "pl-1", proposal: "plan", actor: "PL", stance: "opposed", date: "2025-03-05", sources: ["s2"] },
      { id: "pl-2", proposal: "plan", actor: "PL", stance: "ready", date: "2025-03-10", sources: ["s1"] },
      { id: "pl-3", proposal: "plan", actor: "PL", stance: "open", date: "2025-03-07", sources: ["s1"] },
    ],
  });
  const report = buildReport(dataset);
  const offers = report.contributions.flatMap((group) => group.offers);
  const offer = (id: string) => offers.find((entry) => entry.commitment === id);

  it("is taken as of the latest source a statement cites, not any later source", () => {
    expect(report.asOf).toBe("2025-03-12");
  });

  it("gives disputed participant counts, and none where the sources give none", () => {
    expect(report.coalitions.map((coalition) => [coalition.name, coalition.purpose, coalition.participantCount?.words ?? null, coalition.condition])).toEqual([
      ["First", null, "disputed: 10 or 12", null],
      ["Second", null, null, null],
    ]);
    const claims = report.coalitions[0]?.participantCount?.claims ?? [];
    expect(claims.map((claim) => [claim.words, claim.sources])).toEqual([["10", ["s1"]], ["12", ["s2"]], ["10", ["s3"]]]);
    expect(report.coalitions[0]?.participantCount?.disputed).toBe(true);
  });

  it("counts a participant dated unknown from its earliest source", () => {
    expect(buildReport(dataset, { asOf: "2025-03-05" }).coalitions[0]?.participants.map((p) => p.id)).toEqual(["DE"]);
    expect(buildReport(dataset, { asOf: "2025-03-04" }).coalitions[0]?.participants).toEqual([]);
  });

  it("puts nested conditions in words, and summarises very deep ones", () => {
    expect(offer("fr-parliament")?.condition).toBe(
      "not a ceasefire in Ukraine, (a request by Poland and a vote) or a mandate from “First”",
    );
    expect(offer("fr-speaker")?.condition).toMatch(/^(not ){12}further nested conditions$/);
  });

  it("names a speaker by person and office, by the institution's name, or as the actor's institution", () => {
    expect(offer("fr-minister")?.statedBy).toBe("A. Minister, Minister");
    expect(offer("fr-speaker")?.statedBy).toBe("Government of France");
    expect(offer("fr-parliament")?.statedBy).toBe("France's parliament");
    expect(offer("fr-minister")?.quote).toBeNull();
    expect(report.refusals.map((refusal) => [refusal.actor.id, refusal.statedBy, refusal.quote])).toEqual([["DE", null, null]]);
  });

  it("shows France as contested: its parliament open, its minister ready", () => {
    expect(report.contested.map((entry) => [entry.actor.id, entry.location, entry.positions.map((p) => [p.statedBy, p.stance])])).toEqual([
      ["FR", "", [["France's parliament", "open"], ["A. Minister, Minister", "ready"]]],
    ]);
  });

  it("keeps each actor's latest position on a proposal", () => {
    expect(report.proposals[0]?.positions.map((p) => [p.actor.id, p.stance, p.sources])).toEqual([["PL", "ready", ["s1"]]]);
  });

  it("lists the cited sources only, with their titles, addresses and notes", () => {
    expect(report.sources.map((source) => [source.id, source.title, source.url, source.note])).toEqual([
      ["s1", null, null, null],
      ["s2", "Story", "https://example.org/story", "A note."],
      ["s3", null, null, null],
    ]);
  });

  it("takes a dataset without statements as of its latest source, and one without sources as of the end of time", () => {
    const quiet = parseDataset({ id: "quiet", title: "Quiet", sources: [{ id: "a", kind: "other", publisher: "A", date: "2024" }, { id: "b", kind: "other", publisher: "B", date: "2023-02" }] });
    expect(buildReport(quiet).asOf).toBe("2024-12-31");
    expect(buildReport(parseDataset({ id: "empty", title: "Empty" })).asOf).toBe("9999-12-31");
  });

  it("rejects an asOf that is not a date", () => {
    expect(() => buildReport(dataset, { asOf: "unknown" })).toThrow(expect.objectContaining({ code: "invalid_argument" }));
    expect(() => buildReport(dataset, { asOf: "2025-13" })).toThrow(/asOf must be a date/);
  });
});
