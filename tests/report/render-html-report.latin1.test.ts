// The page adds no character beyond Latin-1 of its own (its verdict symbols are CSS
// escapes), so a report whose text is Latin-1 is held one byte per character: half the
// memory, and half the copying, of a report of 100k offers.
import { describe, expect, it } from "vitest";
import { seedDataset } from "../../src/fixtures.js";
import { buildReport, renderHtmlReport } from "../../src/report.js";

/** The characters of `text` beyond U+00FF, each once. */
function wideCharacters(text: string): string[] {
  return [...new Set([...text].filter((character) => (character.codePointAt(0) as number) > 0xff))];
}

describe("the HTML report's own characters", () => {
  const report = buildReport(seedDataset(), { facts: { "peace:agreement:UA": true } });
  const html = renderHtmlReport(report);
  const reportText = JSON.stringify(report);

  it("are Latin-1: every wider character on the page comes from the report's text", () => {
    const wide = wideCharacters(html);
    expect(wide.length).toBeGreaterThan(0);
    expect(wide.filter((character) => !reportText.includes(character))).toEqual([]);
  });

  it("include no verdict symbol as a character: the style sheet escapes them", () => {
    expect(html).not.toMatch(/[✓✗]/u);
    expect(html).toContain('content:"\\2713\\a0"');
    expect(html).toContain('content:"\\2717\\a0"');
  });
});
