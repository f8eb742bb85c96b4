import MarkdownIt from "markdown-it";
import { Marked } from "marked";
import { describe, expect, it } from "vitest";
import { buildReport, renderMarkdownReport } from "../../src/report.js";
import { seedDataset } from "../../src/fixtures.js";
import { handMadeOffer, handMadeReport, refusalsOf } from "./hand-made-report.js";
import { ANY_CONTROL, CONTROL_ATTACK, HOSTILE_FIELDS, hostileDataset, hostileReport, MARKUP_ATTACK, type HostileField } from "./hostile.js";
import { tagsOf, textOf } from "./html-helpers.js";

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

  it("escapes table cells, keeps a line break in a name on its row, and writes a refusal without a speaker", () => {
    const markdown = renderMarkdownReport({
      ...handMadeReport,
      refusals: refusalsOf(1),
      contributions: [{ type: "ground-troops", label: "Ground troops", offers: [{ ...handMadeOffer, actor: { id: "XX", name: "A | B\nC" } }] }],
    });
    expect(markdown).toContain("| A \\| B\\\\u000aC | Ground troops | committed | none stated | inactive |");
    expect(markdown).toContain("- **refused**: Refuser 0, A contribution type");
  });

  it("fences a fact key holding backticks with a longer run of them", () => {
    const markdown = renderMarkdownReport({ ...handMadeReport, assumptions: [{ key: "a`b``c", value: true }, { key: "`edge`", value: false }] });
    expect(markdown).toContain("- ```a`b``c``` = true");
    expect(markdown).toContain("- `` `edge` `` = false");
  });
});

// Two common renderers at their most permissive: markdown-it passing raw HTML through and
// turning bare addresses into links (linkify), and marked with GitHub-flavoured Markdown.
const RENDERERS: readonly (readonly [string, (markdown: string) => string])[] = [
  ["markdown-it (CommonMark, raw HTML on, linkify)", (markdown) => new MarkdownIt({ html: true, linkify: true }).render(markdown)],
  ["marked (GFM)", (markdown) => new Marked({ gfm: true, async: false }).parse(markdown) as string],
];

/** The elements of rendered HTML in order, each with its attributes: what the page is made of. */
function elementsOf(html: string): string[] {
  return tagsOf(html).map((tag) => [tag.name, ...[...tag.attributes].map(([name, value]) => `${name}=${value}`)].join(" "));
}

/** Element attributes that run, link or load: handlers, addresses, sources. */
function activeAttributesOf(html: string): string[] {
  return tagsOf(html).flatMap((tag) => [...tag.attributes.keys()].filter((name) => /^on|^(href|src|srcset|action|formaction)$/.test(name)));
}

// The fields the Markdown report prints (it leaves out sources, quotes, notes, and who made an offer).
const PRINTED: readonly HostileField[] = HOSTILE_FIELDS.filter((field) => !["Publisher", "Headline", "Note", "Quote", "Person", "Office"].includes(field));

describe("the Markdown report of a hostile dataset, rendered", () => {
  const hostile = renderMarkdownReport(buildReport(hostileDataset(MARKUP_ATTACK)));
  const plain = renderMarkdownReport(buildReport(hostileDataset("plain words")));

  for (const [renderer, render] of RENDERERS) {
    it(`by ${renderer}: the dataset's text makes no element, handler, link or image`, () => {
      const html = render(hostile);
      // The same elements, in the same order, as the same report with plain words: the
      // attack in every field added not one.
      expect(elementsOf(html)).toEqual(elementsOf(render(plain)));
      expect(activeAttributesOf(html)).toEqual([]);
      for (const name of ["script", "img", "a", "em", "strong", "del", "code"]) {
        expect(tagsOf(html).filter((tag) => tag.name === name).length, name).toBe(tagsOf(render(plain)).filter((tag) => tag.name === name).length);
      }
    });

    it(`by ${renderer}: every field is shown as the dataset wrote it`, () => {
      const text = textOf(render(hostile));
      for (const field of PRINTED) expect(text, field).toContain(`${field} ${MARKUP_ATTACK}`);
    });
  }
});

describe("the Markdown report of a report with hostile text in every string", () => {
  const seed = buildReport(seedDataset(), { facts: { "peace:agreement:UA": true } });
  const attack = `${MARKUP_ATTACK} ${CONTROL_ATTACK}`;
  const hostile = renderMarkdownReport(hostileReport(seed, attack));
  const plain = renderMarkdownReport(hostileReport(seed, "plain words"));

  it("has no control character, and as many lines as the same report with plain words", () => {
    expect(hostile).not.toMatch(ANY_CONTROL);
    expect(hostile.split("\n")).toHaveLength(plain.split("\n").length);
    expect(hostile).toContain("\\\\u001b\\]0;pwned\\\\u0007");
    expect(hostile).toContain("\\\\u000d\\| row \\| split \\|\\\\u000anext line\\\\u202eesrever");
  });

  for (const [renderer, render] of RENDERERS) {
    it(`by ${renderer}: makes no element, no extra table row, and no link`, () => {
      const html = render(hostile);
      expect(elementsOf(html)).toEqual(elementsOf(render(plain)));
      expect(activeAttributesOf(html)).toEqual([]);
    });
  }

  it("ends no line in spaces: a name ending in two cannot make a line break", () => {
    const markdown = renderMarkdownReport(hostileReport(seed, "trailing  "));
    expect(markdown.split("\n").filter((line) => line.endsWith(" "))).toEqual([]);
    for (const [renderer, render] of RENDERERS) expect(render(markdown), renderer).not.toContain("<br");
  });
});
