import { describe, expect, it } from "vitest";
import { buildReport, renderHtmlReport } from "../../src/report.js";
import { referenceDataset, seedDataset, seedDocument } from "../../src/fixtures.js";
import { parseDataset } from "../../src/schema.js";
import { handMadeOffer, handMadeReport, LONG_TYPE, refusalsOf } from "./hand-made-report.js";
import { barsOf, cellsOf, expectedBars, externalResourcesOf, tagsOf, textOf, unisolatedTextOf } from "./html-helpers.js";
import { ANY_CONTROL, CONTROL_ATTACK, HOSTILE_FIELDS, hostileDataset, hostileReport } from "./hostile.js";

const SECTION_HEADINGS = [
  ["coalitions", "Members and leads"],
  ["contributions", "Contributions by type and stance"],
  ["matrix", "Stance matrix: actors by contribution"],
  ["conditions", "Conditions"],
  ["refusals", "Refusals and opposition"],
  ["contested", "Contested actors"],
  ["proposals", "Positions on proposals"],
  ["verdicts", "Scenario verdicts"],
  ["sources", "Sources"],
] as const;

/** The HTML of one section, from its opening tag to its closing one. */
function sectionOf(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}"`);
  expect(start).toBeGreaterThanOrEqual(0);
  return html.slice(start, html.indexOf("</section>", start));
}

describe("the HTML report of the seed dataset", () => {
  const report = buildReport(seedDataset());
  const html = renderHtmlReport(report);
  const text = textOf(html);

  it("is one HTML page with the dataset's title", () => {
    expect(html.startsWith("<!doctype html>\n<html lang=\"en\">")).toBe(true);
    expect(html.trimEnd().endsWith("</html>")).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(
      "<title>The &quot;coalition of the willing&quot; for Ukraine, as reported on 2025-03-13, as of 2025-03-13</title>",
    );
    expect(tagsOf(html).filter((tag) => tag.name === "h1")).toHaveLength(1);
  });

  it("has every section of the text report, plus the matrix and the sources, each with its heading, in order", () => {
    const positions = SECTION_HEADINGS.map(([id, heading]) => {
      expect(html).toContain(`<section id="${id}" aria-labelledby="${id}-heading">\n<h2 id="${id}-heading">${heading}</h2>`);
      return html.indexOf(`<section id="${id}"`);
    });
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    // The table of contents links to each.
    for (const [id] of SECTION_HEADINGS) expect(html).toContain(`<a href="#${id}">`);
  });

  it("loads nothing from anywhere and runs nothing", () => {
    expect(externalResourcesOf(html)).toEqual([]);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'`);
  });

  it("names the leads and the participants with their blocs", () => {
    const members = textOf(sectionOf(html, "coalitions"));
    expect(members).toContain("Leads The United Kingdom, France");
    expect(members).toContain("Participants named 6 of 37 in all");
    expect(members).toContain("Japan none of the blocs on record");
    expect(members).toContain("Every offer to it needs a peace agreement in Ukraine");
  });

  it("draws one bar per (type, stance) pair of the offers and refusals, with its count and a hover title", () => {
    const bars = barsOf(html);
    const expected = expectedBars(report);
    expect(bars).toHaveLength(expected.size);
    expect(new Map(bars.map((bar) => [`${bar.type} ${bar.stance}`, bar.count]))).toEqual(expected);
    expect(bars.map((bar) => [bar.type, bar.stance, bar.count])).toEqual([
      ["ground-troops", "ready", 1],
      ["ground-troops", "open", 2],
      ["peacekeepers", "ready", 3],
      ["peacekeepers", "open", 2],
      ["aircraft", "ready", 1],
      ["transit-hub", "open", 1],
      ["transit-hub", "opposed", 1],
      ["cotw:hostilities", "refused", 1],
    ]);
    expect(bars.find((bar) => bar.type === "peacekeepers" && bar.stance === "ready")?.title).toBe(
      "Peacekeepers and ceasefire monitors, ready: 3 (Ireland, Denmark, Australia)",
    );
    // Every <rect class="bar"> was matched above: none lacks its data attributes or title.
    expect(html.match(/<rect class="bar"/g)).toHaveLength(expected.size);
  });

  it("labels the chart: legend of the stances shown, both axes, and a caption in words", () => {
    const chart = sectionOf(html, "contributions");
    const legend = chart.slice(chart.indexOf('<g class="legend"'), chart.indexOf("</g>", chart.indexOf('<g class="legend"')));
    expect([...legend.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((match) => match[1])).toEqual(["ready", "open", "opposed", "refused"]);
    expect(chart).toContain(">Statements (offers and refusals)</text>");
    expect(chart).toContain(">Contribution type</text>");
    expect(textOf(chart)).toContain("Peacekeepers and ceasefire monitors: 3 ready, 2 open; Aircraft: 1 ready;");
    expect(chart).toMatch(/<svg class="bar-chart" [^>]*role="img" aria-labelledby="chart-title chart-desc">/);
  });

  it("has a stance matrix whose cells match the seed's stances, in colour and in words", () => {
    const cells = cellsOf(html);
    const filled = cells.filter((cell) => cell.stance !== undefined);
    expect(filled.map((cell) => [cell.actor, cell.type, cell.stance])).toEqual([
      ["GB", "ground-troops", "ready"],
      ["GB", "aircraft", "ready"],
      ["IE", "peacekeepers", "ready"],
      ["DK", "peacekeepers", "ready"],
      ["AU", "peacekeepers", "ready"],
      ["CH", "peacekeepers", "open"],
      ["BE", "ground-troops", "open"],
      ["SE", "ground-troops", "open"],
      ["TR", "peacekeepers", "open"],
      ["RO", "transit-hub", "open opposed"],
      ["BG", "cotw:hostilities", "refused"],
    ]);
    // Each filled cell says its stance(s) in text, and is coloured by them.
    for (const cell of filled) expect(cell.text).toBe(cell.stance);
    expect(html).toMatch(/<td class="cell s-refused" data-actor="BG" data-type="cotw:hostilities" data-stance="refused"/);
    expect(html).toContain('<span class="chip s-open">open</span><span class="chip s-opposed">opposed</span>');
    // 10 actors by 5 types: the rest say there is no statement.
    expect(cells).toHaveLength(50);
    expect(cells.filter((cell) => cell.stance === undefined).every((cell) => cell.text === "· no statement")).toBe(true);
  });

  it("lists each offer with its condition, and Switzerland's and Türkiye's own conditions", () => {
    const conditions = textOf(sectionOf(html, "conditions"));
    expect(conditions).toContain("Coalition of the willing: a peace agreement in Ukraine");
    expect(conditions).toContain("A request and the government's approval Switzerland: Peacekeepers and ceasefire monitors in Ukraine");
    expect(conditions).toContain("No condition stated Belgium: Ground troops in Ukraine Sweden: Ground troops in Ukraine Romania: Transit hub in Romania");
    expect(conditions).toContain("Its inclusion in all consultations and preparations for the formation of the peacekeeping mission Türkiye");
  });

  it("shows the offers by type with their quotes and sources", () => {
    const offers = textOf(sectionOf(html, "contributions"));
    expect(offers).toContain(
      "open Switzerland Peacekeepers and ceasefire monitors in Ukraine he could send troops for a future peacekeeping mission in Ukraine if requested and the government is not against it Thomas Süssli, Commander-in-Chief of the Swiss Armed Forces a request and the government's approval [2]",
    );
    expect(offers).toContain("open Türkiye Peacekeepers and ceasefire monitors in Ukraine");
    expect(html).toContain('<a href="#source-1">[1]</a>');
  });

  it("reports Bulgaria's refusal, Romania as contested, and the four opponents of the behind-the-line proposal", () => {
    expect(textOf(sectionOf(html, "refusals"))).toContain("refused Bulgaria Participation in hostilities in Ukraine");
    expect(textOf(sectionOf(html, "contested"))).toContain(
      "Romania: Transit hub in Romania open Ilie Bolojan, Interim President opposed Parliament of Romania",
    );
    const proposals = textOf(sectionOf(html, "proposals"));
    expect(proposals).toContain("Germany opposed [2] Italy opposed [2] Spain opposed [2] Poland opposed [2]");
    expect(proposals).toContain("Leaves out: Peacekeepers and ceasefire monitors from the United States");
    expect(proposals).toContain("No position on it on record as of 2025-03-13.");
  });

  it("gives every offer's verdict with its explanation", () => {
    const verdicts = sectionOf(html, "verdicts");
    expect(textOf(verdicts)).toContain("Offers under these assumptions: 3 active , 0 inactive , 7 undetermined .");
    expect(verdicts.match(/<span class="verdict v-\w+">/g)).toHaveLength(3 + 10);
    expect(textOf(verdicts)).toContain(
      "undetermined Switzerland: Peacekeepers and ceasefire monitors in Ukraine Switzerland's offer of peacekeepers and ceasefire monitors in Ukraine is undetermined: it needs a request and the government's approval, both unknown.",
    );
  });

  it("decides the offers the facts settle", () => {
    const decided = renderHtmlReport(buildReport(seedDataset(), { facts: { "peace:agreement:UA": true } }));
    expect(textOf(decided)).toContain("Assuming peace:agreement:UA = true.");
    expect(textOf(sectionOf(decided, "verdicts"))).toContain("8 active , 0 inactive , 2 undetermined");
  });

  it("lists the sources cited, numbered as the citations are", () => {
    const sources = sectionOf(html, "sources");
    expect(report.sources.map((source) => source.id)).toEqual(["bloomberg-2025-03-13", "report-2025-03-13"]);
    expect(sources).toContain('<li id="source-1"><bdi>Bloomberg</bdi> <span class="muted">(media unnamed sources, <bdi>2025-03-13</bdi>)</span>');
    expect(sources).toContain('<li id="source-2"><bdi>Unnamed news outlet</bdi>');
  });
});

// A name that would run a script, break out of an attribute, and start an entity.
const HOSTILE = `<script>alert("x")</script> & 'q' <img src=x onerror=alert(1)>`;
const ESCAPED = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39; &lt;img src=x onerror=alert(1)&gt;";

describe("escaping", () => {
  // The seed, with hostile text everywhere a dataset's author writes words or addresses.
  const document = JSON.parse(JSON.stringify(seedDocument)) as {
    title: string;
    sources: { title?: string; publisher: string; url?: string; note?: string }[];
    persons: { id: string; name: string }[];
    institutions: { id: string; name?: string }[];
    contributionTypes: { label: string }[];
    coalitions: { name: string; purpose?: string }[];
    commitments: { id: string; quote?: string; condition?: { kind: string; in?: string } }[];
    proposals: { title: string }[];
  };
  document.title = `Title ${HOSTILE}`;
  document.sources[0] = { ...document.sources[0]!, publisher: `Publisher ${HOSTILE}`, url: "https://example.org/first" };
  document.sources[1] = { ...document.sources[1]!, title: `Headline ${HOSTILE}`, url: "https://example.org/report?a=1&b=2", note: HOSTILE };
  document.persons.find((person) => person.id === "thomas-sussli")!.name = `Person ${HOSTILE}`;
  document.institutions.find((institution) => institution.id === "BG.parliament")!.name = `Institution ${HOSTILE}`;
  document.contributionTypes[0]!.label = `Type ${HOSTILE}`;
  document.coalitions[0]!.name = `Coalition ${HOSTILE}`;
  document.coalitions[0]!.purpose = `Purpose ${HOSTILE}`;
  document.commitments.find((commitment) => commitment.id === "gb-ground-troops")!.quote = `Quote ${HOSTILE}`;
  document.commitments.find((commitment) => commitment.id === "tr-peacekeepers")!.condition!.in = `consultations ${HOSTILE}`;
  document.proposals[0]!.title = `Proposal ${HOSTILE}`;
  const dataset = parseDataset(document, { base: referenceDataset() });
  // The parser refuses a javascript: address; a report built by hand (or by an older
  // parser) may still hold one, so the renderer is given one directly.
  const report = buildReport(dataset);
  const firstSource = (document.sources[0] as unknown as { id: string }).id;
  const html = renderHtmlReport({
    ...report,
    sources: report.sources.map((source) => (source.id === firstSource ? { ...source, url: "javascript:alert(document.cookie)" } : source)),
  });

  it("escapes every name, quote, note and title from the dataset", () => {
    for (const label of ["Title", "Publisher", "Headline", "Person", "Institution", "Type", "Coalition", "Purpose", "Quote", "consultations", "Proposal"]) {
      expect(html, label).toContain(`${label} ${ESCAPED}`);
    }
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(externalResourcesOf(html)).toEqual([]);
    // The text a reader sees is the dataset's, unchanged.
    expect(textOf(html)).toContain(`Person ${HOSTILE}`);
  });

  it("escapes inside attributes too: bar titles, matrix cell titles and data attributes", () => {
    expect(html).toContain(`<title>Type ${ESCAPED}, refused: 1 (Bulgaria)</title>`);
    expect(html).toMatch(new RegExp(`<td class="cell s-open" data-actor="CH" data-type="peacekeepers" data-stance="open" title="Switzerland, Peacekeepers and ceasefire monitors in Ukraine: open \\(Person ${ESCAPED.replace(/[()]/g, "\\$&")}, `));
    for (const tag of tagsOf(html)) for (const value of tag.attributes.values()) expect(value).not.toMatch(/[<>"]/);
  });

  it("links only http and https addresses", () => {
    expect(html).toContain('<a href="https://example.org/report?a=1&amp;b=2" rel="noopener noreferrer external"><bdi>Unnamed news outlet</bdi>: <bdi>Headline');
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain("(address not linked: <bdi>javascript:alert(document.cookie)</bdi>)");
    const links = tagsOf(html).filter((tag) => tag.attributes.has("href"));
    expect(links.every((tag) => tag.name === "a" && /^(#|https:\/\/example\.org\/)/.test(tag.attributes.get("href") ?? ""))).toBe(true);
  });
});

describe("the HTML report of an empty dataset", () => {
  const report = buildReport(parseDataset({ id: "empty", title: "Nothing yet" }));
  const html = renderHtmlReport(report);

  it("still has every section, each saying there is nothing to show", () => {
    for (const [id] of SECTION_HEADINGS) expect(html).toContain(`<section id="${id}"`);
    const text = textOf(html);
    for (const words of [
      "No coalition on record.",
      `No offer or refusal on record as of ${report.asOf}.`,
      "No offer on record, so no condition applies.",
      "None on record.",
      "No actor whose institutions disagree.",
      "No proposal on record.",
      "Offers under these assumptions: 0 active , 0 inactive , 0 undetermined .",
      "No source cited.",
    ]) {
      expect(text).toContain(words);
    }
  });

  it("has no chart and no matrix, and loads nothing", () => {
    expect(html).not.toContain("<svg");
    expect(html).not.toContain('class="matrix"');
    expect(barsOf(html)).toEqual([]);
    expect(externalResourcesOf(html)).toEqual([]);
  });
});

describe("the HTML report of a hand-made report", () => {
  const base = handMadeReport;
  const offer = handMadeOffer;
  const longType = LONG_TYPE;
  const refusals = base.refusals;

  it("with refusals but no offer, charts the refusals and says there is no offer", () => {
    const html = renderHtmlReport(base);
    const bars = barsOf(html);
    expect(bars).toEqual([{ type: "long", stance: "refused", count: 7, title: `${longType}, refused: 7 (${refusals.map((r) => r.actor.name).join(", ")})` }]);
    expect(textOf(html)).toContain("No offer on record; the chart shows refusals only.");
    // A label too long for the chart is cut, with the whole of it in its hover title.
    expect(html).toContain(`<title>${longType}</title>${longType.slice(0, 39)}…</text>`);
    // Ticks run 0 to 7 in steps of 1.
    const ticks = [...html.matchAll(/<text x="[\d.]+" y="[\d.]+" text-anchor="middle">(\d+)<\/text>/g)].map((match) => Number(match[1]));
    expect(ticks).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(textOf(html)).toContain("Assuming fact:talks = false.");
  });

  it("without purpose, count, condition or participants, shows what there is", () => {
    const members = textOf(sectionOf(renderHtmlReport(base), "coalitions"));
    expect(members).toContain("Quiet coalition Leads Participants named 0");
    expect(members).not.toContain("Every offer to it needs");
    expect(textOf(renderHtmlReport(base))).toContain("No position on it on record as of 2025-06-30.");
  });

  it("cites a source missing from the list by its id, and shows an address it will not link", () => {
    const html = renderHtmlReport({ ...base, refusals: [], contributions: [{ type: "ground-troops", label: "Ground troops", offers: [offer] }] });
    expect(textOf(sectionOf(html, "contributions"))).toContain("committed The Example Republic Ground troops not named no condition stated nowhere");
    expect(textOf(sectionOf(html, "sources"))).toContain("An archive: Minutes (address not linked: ftp://example.org/minutes) (official record, 2025)");
    expect(textOf(sectionOf(html, "verdicts"))).toContain("inactive The Example Republic: Ground troops Ruled out by the scenario.");
    expect(cellsOf(html)).toEqual([{ actor: "XX", type: "ground-troops", stance: "committed", text: "committed" }]);
  });

  it("puts large counts on a scale of round ticks", () => {
    const html = renderHtmlReport({ ...base, refusals: refusalsOf(23) });
    const ticks = [...html.matchAll(/<text x="[\d.]+" y="[\d.]+" text-anchor="middle">(\d+)<\/text>/g)].map((match) => Number(match[1]));
    expect(ticks).toEqual([0, 5, 10, 15, 20, 25]);
    expect(barsOf(html)[0]?.count).toBe(23);
  });
});

describe("the HTML report of a dataset whose actors have hostile names", () => {
  // An organization of the dataset's own leads the coalition, takes part, offers, refuses,
  // proposes and takes a position; NATO's name is hostile too.
  const html = renderHtmlReport(buildReport(hostileDataset(HOSTILE)));

  it("escapes the actor's name in every section and in the stance matrix, and every other field", () => {
    for (const field of HOSTILE_FIELDS) expect(html, field).toContain(`${field} ${ESCAPED}`);
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(externalResourcesOf(html)).toEqual([]);
    const matrix = sectionOf(html, "matrix");
    expect(matrix).toContain(`<th scope="row" data-actor="hostile-org"><bdi>The Organization ${ESCAPED}</bdi></th>`);
    const offers = sectionOf(html, "contributions");
    expect(offers).toContain(`<td><bdi>The Organization ${ESCAPED}</bdi></td>`);
  });
});

describe("the HTML report of hostile text in every string", () => {
  const seed = buildReport(seedDataset(), { facts: { "peace:agreement:UA": true } });

  it("has no control character: each is shown as its code, and tabs and line breaks as spaces", () => {
    const html = renderHtmlReport(hostileReport(seed, `${CONTROL_ATTACK}\ttab`));
    expect(html).not.toMatch(ANY_CONTROL);
    expect(html.split("\n")).toHaveLength(renderHtmlReport(hostileReport(seed, "plain")).split("\n").length);
    expect(html).toContain("<h1><bdi>The &quot;coalition of the willing&quot; for Ukraine, as reported on 2025-03-13 \\u001b]0;pwned\\u0007\\u001b[2J\\u009b31m | row | split | next line\\u202eesrever\\u2066\\u200f\\u061c\\u2028end tab</bdi></h1>");
  });

  it("isolates every text from the report in a <bdi>, so that its direction cannot reorder the words around it", () => {
    const marker = "MARKER\u202eesrever";
    const html = renderHtmlReport(hostileReport(seed, marker));
    expect(html.match(/MARKER/g)?.length).toBeGreaterThan(100);
    expect(unisolatedTextOf(html, "MARKER")).toEqual([]);
  });

  it("links no address with a control character in it", () => {
    const html = renderHtmlReport({
      ...handMadeReport,
      sources: [{ id: "plain", kind: "other", publisher: "P", title: null, date: "2025", url: "https://example.org/\u202egnp.exe", note: null }],
    });
    expect(tagsOf(html).filter((tag) => tag.name === "a" && tag.attributes.get("href")?.startsWith("https:"))).toEqual([]);
    expect(html).toContain("(address not linked: <bdi>https://example.org/\\u202egnp.exe</bdi>)");
  });
});

describe("the HTML report's stance matrix", () => {
  it("is not drawn when it would take more than 250,000 cells: the page stays linear in the dataset", () => {
    // 600 actors, each refusing one of 500 types: a matrix of 300,000 cells for 600 statements.
    const refusals = refusalsOf(600).map((refusal, index) => ({ ...refusal, type: `type-${index % 500}`, typeLabel: `Type ${index % 500}` }));
    const html = renderHtmlReport({ ...handMadeReport, refusals });
    expect(html).not.toContain('class="matrix"');
    expect(textOf(sectionOf(html, "matrix"))).toContain(
      "Not drawn: 600 actors by 500 contribution types would take 300000 cells, more than 250000. The tables above list every statement.",
    );
    // 500 by 500 is drawn.
    expect(cellsOf(renderHtmlReport({ ...handMadeReport, refusals: refusals.slice(0, 500) }))).toHaveLength(250_000);
  });
});
