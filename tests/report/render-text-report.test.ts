import { describe, expect, it } from "vitest";
import { buildReport, renderTextReport, type CoalitionReport } from "../../src/report.js";
import { seedDataset } from "../../src/fixtures.js";
import { handMadeOffer, handMadeReport, LONG_TYPE, refusalsOf } from "./hand-made-report.js";
import { ANY_CONTROL, CONTROL_ATTACK, hostileDataset, hostileReport, MARKUP_ATTACK } from "./hostile.js";

const ANSI = /\u001b\[\d+m/g;

describe("the text report's colour", () => {
  const report = buildReport(seedDataset());

  it("is off unless asked for: plain text for files, pipes and tests", () => {
    expect(renderTextReport(report)).not.toMatch(ANSI);
    expect(renderTextReport(report, { color: false })).not.toMatch(ANSI);
  });

  it("when asked for, only adds escape codes: the words are the same", () => {
    const colored = renderTextReport(report, { color: true });
    expect(colored).toMatch(ANSI);
    expect(colored.replace(ANSI, "")).toBe(renderTextReport(report));
  });

  it("makes headings bold and colours stances and verdicts by meaning", () => {
    const colored = renderTextReport(report, { color: true });
    expect(colored).toContain("\u001b[1mREFUSALS AND OPPOSITION\u001b[22m");
    expect(colored).toContain("  \u001b[31mrefused\u001b[39m   Bulgaria (Parliament of Bulgaria)");
    expect(colored).toContain("    \u001b[32mready\u001b[39m     Ireland");
    expect(colored).toContain("    \u001b[36mopen\u001b[39m      Switzerland");
    expect(colored).toContain("\u001b[33mopposed\u001b[39m: Germany, Italy, Spain, Poland");
    expect(colored).toContain("              \u001b[33mundetermined\u001b[39m: Switzerland's offer");
    expect(colored).toContain("3 \u001b[32mactive\u001b[39m, 0 \u001b[31minactive\u001b[39m, 7 \u001b[33mundetermined\u001b[39m");
  });
});

describe("the text report's columns", () => {
  it("keeps a space after the longest stances, committed and undecided", () => {
    const seed = buildReport(seedDataset());
    const group = seed.contributions[0]!;
    const offer = group.offers[0]!;
    const report: CoalitionReport = {
      ...seed,
      contributions: [{ ...group, offers: [{ ...offer, stance: "committed" }, { ...offer, stance: "undecided" }] }],
    };
    const lines = renderTextReport(report).split("\n");
    expect(lines).toContain("    committed the United Kingdom (Keir Starmer, Prime Minister): Ground troops in Ukraine");
    expect(lines).toContain("    undecided the United Kingdom (Keir Starmer, Prime Minister): Ground troops in Ukraine");
    // The condition and the verdict line up under the actor.
    expect(lines).toContain("              if: a peace agreement in Ukraine; and the condition of “Coalition of the willing”");
    expect(renderTextReport(report, { color: true })).toContain("    \u001b[90mundecided\u001b[39m the United Kingdom");
  });
});

describe("the text report of reports unlike the seed", () => {
  it("says none where a section is empty, and names the facts assumed", () => {
    const text = renderTextReport({ ...handMadeReport, refusals: [], proposals: [] });
    const lines = text.split("\n");
    expect(lines[1]).toBe("As of 2025-06-30. Assuming fact:talks = false.");
    expect(lines).toContain("COALITION: Quiet coalition");
    expect(lines).toContain("  Participants named (0):");
    expect(text).not.toContain("Every offer to it needs");
    for (const heading of ["CONTRIBUTIONS OFFERED, BY TYPE", "REFUSALS AND OPPOSITION", "CONTESTED: INSTITUTIONS OF ONE ACTOR DISAGREE", "PROPOSALS"]) {
      expect(lines[lines.indexOf(heading) + 1], heading).toBe("  none");
    }
  });

  it("shows an offer and a refusal with no speaker and no place", () => {
    const text = renderTextReport({ ...handMadeReport, refusals: refusalsOf(1), contributions: [{ type: "ground-troops", label: "Ground troops", offers: [handMadeOffer] }] });
    expect(text).toContain("    committed the Example Republic: Ground troops\n              if: no condition stated\n              inactive: Ruled out by the scenario.\n");
    expect(text).toContain(`  refused   Refuser 0: ${LONG_TYPE}\n`);
  });
});

describe("the text report of hostile text", () => {
  const seed = buildReport(seedDataset(), { facts: { "peace:agreement:UA": true } });
  const hostile = hostileReport(seed, CONTROL_ATTACK);
  const plain = renderTextReport(hostileReport(seed, "plain words"));

  it("shows every control character of the dataset's text as its code: none can retitle, clear, split or reverse", () => {
    const text = renderTextReport(hostile);
    expect(text).not.toMatch(ANY_CONTROL);
    expect(text.split("\n")).toHaveLength(plain.split("\n").length);
    expect(text).toContain("the United Kingdom \\u001b]0;pwned\\u0007\\u001b[2J\\u009b31m\\u000d| row | split |\\u000anext line\\u202eesrever\\u2066\\u200f\\u061c\\u2028end");
  });

  it("in colour, has no escape but its own colour codes", () => {
    const text = renderTextReport(hostile, { color: true });
    expect(text.replace(ANSI, "")).not.toMatch(ANY_CONTROL);
    expect(text.replace(ANSI, "")).toBe(renderTextReport(hostile));
  });

  it("prints the dataset's own markup as written: a terminal shows it as text", () => {
    const text = renderTextReport(buildReport(hostileDataset(MARKUP_ATTACK)));
    for (const field of ["Title", "Coalition", "Purpose", "Organization", "Bloc", "Person", "Office", "Institution", "Type", "Consultations", "Fact", "Proposal"]) {
      expect(text, field).toContain(`${field} ${MARKUP_ATTACK}`);
    }
  });
});
