// The report over time, on a small dataset that uses every record model v2 adds (the
// parser tests' structured dataset) with a few records more: quantities of every kind,
// money in two currencies, a participant that left, a withdrawn pledge, what the
// coalition seeks, an event whose attendance is disputed.
import { describe, expect, it } from "vitest";
import { buildReport, renderHtmlReport, renderMarkdownReport, renderTextReport } from "../../src/report.js";
import { parseDataset } from "../../src/schema.js";
import { seedDataset } from "../../src/fixtures.js";
import { structuredDataset } from "../parse/structured-dataset.js";

function timeDocument() {
  const document = structuredDataset();
  const coalition = document.coalitions[0]!;
  coalition.participants.push({ actor: "PL", from: "2025-03-13", to: "2025-07-10", sources: ["s-march"] } as never);
  (coalition as Record<string, unknown>)["sought"] = [
    { type: "air-power", askedOf: "those that ruled out troops", quote: "planes", sources: ["s-march"] },
    { type: "minesweepers", location: { kind: "at-sea", area: "Black Sea" }, sources: ["s-sept"] },
  ];
  const money = (id: string, currency: string, value: number, date: string, source: string) => ({
    id,
    actor: id.slice(0, 2).toUpperCase(),
    type: "financial-assistance",
    quantity: { claims: [{ value: { kind: "exact", unit: "money", currency, date, value }, sources: [source] }] },
    stance: "committed",
    date,
    sources: [source],
  });
  document.commitments.push(
    money("gb-money", "GBP", 1000, "2025-03-13", "s-march") as never,
    money("fr-money", "EUR", 500, "2025-07-10", "s-july") as never,
    {
      id: "fr-troops",
      actor: "FR",
      type: "ground-troops",
      location: { kind: "in-country", country: "UA" },
      quantity: {
        claims: [
          { value: { kind: "range", unit: "people", low: 100, high: 200 }, sources: ["s-march"] },
          { value: { kind: "approximate", unit: "people", phrase: "several thousand" }, sources: ["s-july"], note: "no figure" },
        ],
      },
      stance: "ready",
      date: "2025-03-13",
      sources: ["s-march"],
      fulfilment: [{ stage: "withdrawn", date: "2025-09-04", sources: ["s-sept"] }],
    } as never,
  );
  document.events.push({
    id: "paris-meeting",
    title: "Meeting in Paris",
    kind: "meeting",
    status: "held",
    from: "2025-07-10",
    country: "FR",
    hosts: ["FR"],
    participants: ["GB", "IT"],
    series: { id: "paris-meetings" },
    participantCount: {
      claims: [
        { value: { kind: "exact", value: 26, of: "countries" }, sources: ["s-july"] },
        { value: { kind: "exact", value: 30, of: "countries" }, sources: ["s-sept"], note: "a later count" },
      ],
    },
    sources: ["s-july"],
  } as never);
  return document;
}

const dataset = parseDataset(timeDocument());
const rates = { base: "EUR", rates: { GBP: 1.2 } };
const report = buildReport(dataset, { asOf: "2025-09-30", since: "2025-03-31", exchangeRates: rates });

describe("each offer's quantity, as written, and the totals per unit", () => {
  it("gives France's troops as each source wrote them: a range, and the words 'several thousand'", () => {
    const march = buildReport(dataset, { asOf: "2025-08-01" });
    const france = march.contributions.flatMap((group) => group.offers).find((offer) => offer.commitment === "fr-troops");
    expect(france?.quantity.map((claim) => [claim.value.kind, claim.words, claim.sources, claim.note])).toEqual([
      ["range", "100 to 200 people", ["s-march"], null],
      ["approximate", "several thousand people", ["s-july"], "no figure"],
    ]);
  });

  it("gives an approximate figure with the bounds its source gives, and totals them low to high", () => {
    const personnel = buildReport(dataset, { asOf: "2025-06-30" }).contributions.find((group) => group.type === "personnel");
    const italy = personnel?.offers.find((offer) => offer.actor.id === "IT");
    expect(italy?.quantity.map((claim) => claim.words)).toEqual(["about 200 people"]);
    // Italy's 150 to 250, with France's 100 to 200 or "several thousand": open-ended.
    expect(personnel?.totals.map((total) => [total.unit, total.low, total.high])).toEqual([["people", 150, null]]);
  });

  it("totals money in the one currency asked for, and leaves an unbounded figure open-ended", () => {
    expect(report.currency).toBe("EUR");
    const money = report.contributions.find((group) => group.type === "financial-assistance")?.totals;
    expect(money?.map((total) => [total.unit, total.currency, total.low, total.high])).toEqual([["money", "EUR", 1700, 1700]]);
    const before = buildReport(dataset, { asOf: "2025-08-01" }).contributions.find((group) => group.type === "personnel")?.totals;
    // Italy's 150 to 250, and France's 100 to 200 or "several thousand": 0 to open-ended over both claims.
    expect(before?.map((total) => [total.low, total.high])).toEqual([[150, null]]);
  });

  it("without rates, totals each currency apart", () => {
    const apart = buildReport(dataset, { asOf: "2025-09-30" });
    expect(apart.currency).toBeNull();
    expect(apart.contributions.find((group) => group.type === "financial-assistance")?.totals.map((total) => total.currency)).toEqual(["EUR", "GBP"]);
  });
});

describe("what changed since a day", () => {
  const kinds = report.changes?.changes.map((change) => [change.kind, change.actor.id, change.before, change.after]);

  it("reports the days compared, and a participant that left, with its sources", () => {
    expect([report.changes?.since, report.changes?.to]).toEqual(["2025-03-31", "2025-09-30"]);
    const left = report.changes?.changes.find((change) => change.kind === "left");
    expect([left?.actor.id, left?.subject, left?.date, left?.sources]).toEqual(["PL", "the coalition Coalition of the willing", "2025-07-10", ["s-march"]]);
  });

  it("reports France's troops withdrawn, Italy weakened from open to refused (its government's later word), and Poland's opposition as new", () => {
    expect(kinds).toContainEqual(["withdrawn", "FR", "ready", null]);
    expect(kinds).toContainEqual(["weakened", "IT", "open", "refused"]);
    expect(kinds).toContainEqual(["new", "PL", null, "opposed"]);
    const italy = report.changes?.changes.find((change) => change.actor.id === "IT");
    expect([italy?.statedBy, italy?.date, italy?.sources]).toEqual(["Italy's government", "2025-09-04", ["s-march", "s-sept"]]);
  });

  it("reports the joining of the participants on the seed's day since the first of March", () => {
    const seed = buildReport(seedDataset(), { since: "2025-03-01" });
    expect(seed.changes?.changes.filter((change) => change.kind === "joined").map((change) => change.actor.id)).toEqual(["AU", "CA", "FR", "GB", "JP", "NZ"]);
  });

  it("has no changes section unless asked, and refuses a since after the report's day or not a date", () => {
    expect(buildReport(dataset).changes).toBeNull();
    expect(() => buildReport(dataset, { asOf: "2025-03-31", since: "2025-04-01" })).toThrow("since (2025-04-01) is after the report's day (2025-03-31)");
    expect(() => buildReport(dataset, { since: "spring" })).toThrow('since must be a date as YYYY-MM-DD, YYYY-MM or YYYY, not "spring"');
    expect(() => buildReport(dataset, { knownAsOf: "2025-13-01" })).toThrow("knownAsOf must be a date");
  });
});

describe("events and meetings with their counts", () => {
  it("lists the events held by the report's day, earliest first, numbered in their series", () => {
    expect(report.events.map((event) => [event.id, event.series])).toEqual([
      ["leaders-1", { id: "leaders-meetings", number: 1 }],
      ["air-planners", null],
      ["paris-meeting", { id: "paris-meetings", number: null }],
      ["leaders-2", { id: "leaders-meetings", number: 2 }],
    ]);
    expect(buildReport(dataset, { asOf: "2025-03-31" }).events.map((event) => event.id)).toEqual(["leaders-1", "air-planners"]);
  });

  it("keeps a disputed attendance with every claim and its source", () => {
    const paris = report.events.find((event) => event.id === "paris-meeting");
    expect(paris?.participantCount?.disputed).toBe(true);
    expect(paris?.participantCount?.words).toBe("disputed: 26 countries or 30 countries");
    expect(paris?.participantCount?.claims.map((claim) => [claim.value, claim.sources])).toEqual([
      [{ kind: "exact", value: 26, of: "countries" }, ["s-july"]],
      [{ kind: "exact", value: 30, of: "countries" }, ["s-sept"]],
    ]);
    expect([paris?.place, paris?.hosts.map((host) => host.id), paris?.participants.map((actor) => actor.id)]).toEqual(["France", ["FR"], ["GB", "IT"]]);
  });

  it("gives the coalition's count as a count object per claim", () => {
    expect(report.coalitions[0]?.participantCount?.claims.map((claim) => claim.value.kind)).toEqual(["at-least", "approximate"]);
    expect(report.coalitions[0]?.participantCount?.words).toBe("disputed: over 30 countries or about thirty countries");
  });
});

describe("actors known only by number, the coalition's structure and what it seeks", () => {
  it("as of 2025-09-30, counts 26 countries committed, France named among them and Japan not; the earlier six are superseded", () => {
    expect(report.pledgeCounts.map((pledge) => [pledge.id, pledge.count.words, pledge.stance])).toEqual([["twenty-six-committed", "26 countries", "committed"]]);
    const pledge = report.pledgeCounts[0];
    expect([pledge?.members.map((actor) => actor.id), pledge?.notAmong.map((actor) => actor.id), pledge?.statedBy]).toEqual([["FR"], ["JP"], "France's head of state"]);
    const march = buildReport(dataset, { asOf: "2025-03-31" }).pledgeCounts;
    expect(march.map((entry) => [entry.id, entry.count.words, entry.statedBy, entry.notAmong])).toEqual([["six-willing", "about six countries", null, []]]);
  });

  it("shows the air planning group and the headquarters with its dated sites and leads, current and planned", () => {
    const coalition = report.coalitions[0];
    expect(coalition?.subgroups.map((group) => [group.name, group.kind, group.leads.map((lead) => lead.id), group.participants.map((actor) => actor.id)])).toEqual([
      ["Air planning group", "planning-group", ["GB"], []],
    ]);
    expect(buildReport(dataset, { asOf: "2025-04-30" }).coalitions[0]?.subgroups[0]?.participants.map((actor) => actor.id)).toEqual(["GB"]);
    const headquarters = coalition?.bodies[0];
    expect(headquarters?.sites.map((site) => [site.what, site.current, site.planned])).toEqual([
      ["Paris, France", true, false],
      ["London, the United Kingdom", false, true],
    ]);
    expect(headquarters?.leads.map((lead) => [lead.actors.map((actor) => actor.id), lead.current])).toEqual([[["FR"], true], [["GB"], false]]);
    expect(buildReport(dataset, { asOf: "2025-03-31" }).coalitions[0]?.bodies[0]?.sites).toEqual([]);
  });

  it("says what the coalition seeks, and from whom, as known by the report's day", () => {
    expect(report.coalitions[0]?.sought.map((sought) => [sought.typeLabel, sought.location, sought.askedOf])).toEqual([
      ["Air power", "", "those that ruled out troops"],
      ["Minesweepers", "at sea (Black Sea)", null],
    ]);
    expect(buildReport(dataset, { asOf: "2025-03-31" }).coalitions[0]?.sought).toHaveLength(1);
  });
});

describe("as known on a day", () => {
  const known = buildReport(dataset, { asOf: "2025-09-30", knownAsOf: "2025-07-31" });

  it("counts nothing published after that day, and says so", () => {
    expect(known.knownAsOf).toBe("2025-07-31");
    expect(known.pledgeCounts.map((pledge) => pledge.id)).toEqual(["six-willing"]);
    expect(known.refusals.map((refusal) => refusal.commitment)).toEqual(["bg-no-hostilities"]);
    expect(known.events.map((event) => event.id)).toEqual(["leaders-1", "air-planners", "paris-meeting"]);
    expect(known.events[2]?.participantCount?.words).toBe("26 countries");
    expect(known.sources.map((source) => source.id)).not.toContain("s-sept");
  });

  it("keeps the quantities and fulfilment published by then, and takes the report's day from what was known", () => {
    const france = known.contributions.flatMap((group) => group.offers).find((offer) => offer.commitment === "fr-troops");
    expect(france?.quantity).toHaveLength(2);
    expect(buildReport(dataset, { knownAsOf: "2025-03-31" }).asOf).toBe("2025-03-13");
    const early = buildReport(dataset, { knownAsOf: "2025-03-31", asOf: "2025-09-30" });
    expect(early.contributions.flatMap((group) => group.offers).find((offer) => offer.commitment === "fr-troops")?.quantity.map((claim) => claim.words)).toEqual([
      "100 to 200 people",
    ]);
    expect(early.coalitions[0]?.bodies).toEqual([]);
  });
});

describe("the timeline", () => {
  it("counts statements ready, open and refused at each month's end, the last month as of the report's day", () => {
    expect(report.timeline.map((month) => month.month)).toEqual(["2025-03", "2025-04", "2025-05", "2025-06", "2025-07", "2025-08", "2025-09"]);
    expect(report.timeline[0]).toEqual({ month: "2025-03", asOf: "2025-03-31", ready: 2, open: 1, refused: 1 });
    expect(report.timeline[6]).toEqual({ month: "2025-09", asOf: "2025-09-30", ready: 2, open: 0, refused: 2 });
  });

  it("is empty before any statement, and covers ten years at most", () => {
    expect(buildReport(dataset, { asOf: "2025-01-31" }).timeline).toEqual([]);
    const late = buildReport(dataset, { asOf: "2045-12-31" }).timeline;
    expect([late.length, late[0]?.month, late[119]?.month]).toEqual([120, "2036-01", "2045-12"]);
  });
});

describe("the renderers say the same", () => {
  const text = renderTextReport(report);
  const markdown = renderMarkdownReport(report);
  const html = renderHtmlReport(report);
  // Italy's "about 200 people" stands until its government's refusal of 2025-09-04.
  const june = buildReport(dataset, { asOf: "2025-06-30", exchangeRates: rates });

  it("as text: quantities, totals in one currency, changes with sources, claims, pledge counts, structure, timeline", () => {
    expect(renderTextReport(june)).toContain("how much: about 200 people [source: s-march]");
    expect(text).not.toContain("about 200 people");
    expect(text).toContain("    totals (money in EUR): EUR: 1700");
    expect(text).toContain("CHANGES FROM 2025-03-31 TO 2025-09-30\n");
    expect(text).toContain("left: Poland, the coalition Coalition of the willing, from 2025-07-10 [source: s-march]");
    expect(text).toContain("withdrawn: France, Ground troops in Ukraine, ready to nothing [source: s-march]");
    expect(text).toContain("\n    claim: 30 countries (a later count) [source: s-sept]");
    expect(text).toContain("26 countries committed: personnel in Ukraine (to “Coalition of the willing”), as of 2025-09-04; named among them: France; not among them: Japan");
    expect(text).toContain("      sits in London, the United Kingdom from 2026-07 (planned) [source: s-july]");
    expect(text).toContain("    Air power, asked of those that ruled out troops [source: s-march]".replace("Air power", "air power"));
    expect(text).toContain("  2025-09  ready 2, open 0, refused or opposed 2");
    expect(renderTextReport(buildReport(dataset, { knownAsOf: "2025-03-31" }))).toContain("As of 2025-03-13, as known on 2025-03-31.");
  });

  it("as Markdown: the same sections, sources as code", () => {
    expect(markdown).toContain("## Changes from 2025-03-31 to 2025-09-30");
    expect(markdown).toContain("  - Claim: 30 countries (a later count) (source: `s-sept`)");
    expect(markdown).toContain("| 2025-09 | 2 | 0 | 2 |");
    expect(markdown).toContain("Totals (money in EUR): EUR\\: 1700.");
    expect(markdown).toContain("- Body: Headquarters (headquarters) (source: `s-july`)");
    expect(renderMarkdownReport(june)).toContain("| Italy | Ground troops in strategic areas in Ukraine, away from the line of contact\\: about 200 people | open |");
    const empty = renderMarkdownReport(buildReport(dataset, { asOf: "2025-01-31", since: "2025-01-01" }));
    expect(empty).toContain("## Changes from 2025-01-01 to 2025-01-31\n\nNone.");
    expect(empty).toContain("## Events and meetings\n\nNone.");
    expect(empty).toContain("## Known only by number\n\nNone.");
    expect(empty).not.toContain("## Timeline");
  });

  it("as HTML: each new section, the chart with one mark per month, and its table of numbers", () => {
    expect(html.match(/<g class="month" data-month="\d{4}-\d{2}">/g)).toHaveLength(7);
    expect(html).toContain('<svg class="timeline-chart"');
    expect(html).toContain("<caption>The timeline's numbers: statements at each month's end</caption>");
    expect(html).toContain('<h2 id="changes-heading">Changes since</h2>');
    expect(html).toContain("Claim: <bdi>30 countries</bdi> (<bdi>a later count</bdi>)");
    expect(renderHtmlReport(june)).toContain("How much: <bdi>about 200 people</bdi>");
    expect(html).toContain(", low to high (money in <bdi>EUR</bdi>)");
    const empty = renderHtmlReport(buildReport(dataset, { asOf: "2025-01-31" }));
    for (const words of ["No day to compare with was given", "No event on record.", "No actor known only by number.", "No dated statement on record by"]) {
      expect(empty).toContain(words);
    }
    expect(renderHtmlReport(buildReport(dataset, { asOf: "2025-01-31", since: "2025-01-01" }))).toContain("Nothing changed.");
  });
});

describe("records the other tests leave out", () => {
  const document = timeDocument();
  const coalition = document.coalitions[0]!;
  coalition.subgroups.push({ id: "land", name: "Land group", purpose: "to plan land forces", from: "2025-03-13", sources: ["s-march"] } as never);
  coalition.bodies[0]!.sites.push({ place: { country: "GB" }, from: "2025-03-13", to: "2025-07-10", sources: ["s-march"] } as never);
  document.pledgeCounts.push({
    id: "several-open",
    type: "air-power",
    stance: "open",
    count: { claims: [{ value: { kind: "approximate", phrase: "several", of: "countries" }, sources: ["s-sept"] }] },
    date: "2025-03-13",
    sources: ["s-march"],
  } as never);
  const parsed = parseDataset(document);

  it("words a group without kind or leads, a past site, and a pledge count with no name, coalition or place", () => {
    const text = renderTextReport(buildReport(parsed, { asOf: "2025-09-30" }));
    expect(text).toContain("    Land group; to plan land forces [source: s-march]");
    expect(text).toContain("      sits in the United Kingdom from 2025-03-13 to 2025-07-10 [source: s-march]");
    expect(text).toContain("  several countries open: air power, as of 2025-03-13; names not given [sources: s-march, s-sept]");
  });

  it("leaves out a pledge count none of whose counts was published by the day it is known as of", () => {
    expect(buildReport(parsed, { asOf: "2025-09-30", knownAsOf: "2025-07-31" }).pledgeCounts.map((pledge) => pledge.id)).toEqual(["six-willing"]);
  });

  it("changes nothing when known as of a day after every source", () => {
    const { knownAsOf, ...later } = buildReport(parsed, { asOf: "2025-09-30", knownAsOf: "2026-01-01" });
    const { knownAsOf: none, ...all } = buildReport(parsed, { asOf: "2025-09-30" });
    expect([knownAsOf, none]).toEqual(["2026-01-01", null]);
    expect(later).toEqual(all);
  });

  it("for data built without the parser, counts a record without sources as known, and one without any day as never held", () => {
    const unsourced = {
      ...parsed,
      events: [...parsed.events, { id: "nowhen", title: "No day", kind: "other" as const, status: "held" as const, from: "unknown" as const, sources: [] }],
      pledgeCounts: [...parsed.pledgeCounts, { ...parsed.pledgeCounts[0]!, id: "undated", date: "unknown" as const, sources: [], supersedes: undefined }],
      commitments: [...parsed.commitments, { ...parsed.commitments[0]!, id: "unsourced", actor: "JP", sources: [] }],
      coalitions: [{ ...parsed.coalitions[0]!, sought: undefined, bodies: [{ id: "b", name: "Secretariat", kind: "secretariat" as const, sources: [] }], participantCount: { claims: [{ value: { kind: "exact" as const, value: 3, of: "countries" as const }, sources: [] }] } }],
    };
    const report = buildReport(unsourced, { asOf: "2025-09-30", knownAsOf: "2025-09-30" });
    expect(report.events.map((event) => event.id)).not.toContain("nowhen");
    expect(report.pledgeCounts.map((pledge) => pledge.id)).not.toContain("undated");
    expect(report.contributions.flatMap((group) => group.offers).map((offer) => offer.commitment)).toContain("unsourced");
    expect(report.coalitions[0]?.participantCount?.words).toBe("3 countries");
    expect(report.coalitions[0]?.bodies.map((body) => [body.name, body.sites, body.leads])).toEqual([["Secretariat", [], []]]);
  });
});

describe("the seed, known as of a day after its sources", () => {
  it("is the seed's report, but for the day it says it is known as of", () => {
    const { knownAsOf, ...known } = buildReport(seedDataset(), { knownAsOf: "2025-12-31" });
    const { knownAsOf: none, ...all } = buildReport(seedDataset());
    expect([knownAsOf, none]).toEqual(["2025-12-31", null]);
    expect(known).toEqual(all);
  });
});
