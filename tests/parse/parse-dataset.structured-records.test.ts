// The records model v2 adds, parsed: what a valid document gives back, and for each
// new rule the bad input (as data) and the one issue it owes, with its code and path.
import { describe, expect, it } from "vitest";
import type { DatasetIssue, DatasetIssueCode, PathSegment } from "../../src/index.js";
import { parseDataset, safeParseDataset } from "../../src/schema.js";
import { structuredDataset } from "./structured-dataset.js";

// Each test reaches into the document to break one thing: the records of one collection
// differ in shape, so a change is written against plain JSON, not a union of shapes.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Document = any;

/** The dataset with one change made to a fresh copy. */
function changed(change: (document: Document) => void): Document {
  const document = structuredDataset();
  change(document);
  return document;
}

function issuesOf(input: unknown): readonly DatasetIssue[] {
  const result = safeParseDataset(input);
  expect(result.success, "the input should have been rejected").toBe(false);
  return result.success ? [] : result.error.issues;
}

/** Expects exactly one issue, with this code and path, and returns it. */
function expectIssue(input: unknown, code: DatasetIssueCode, path: readonly PathSegment[]): DatasetIssue {
  const issues = issuesOf(input);
  expect(issues.map((issue) => ({ code: issue.code, path: issue.path }))).toEqual([{ code, path }]);
  return issues[0] as DatasetIssue;
}

describe("a dataset with counts, tallies, pledge counts and structure", () => {
  const dataset = parseDataset(structuredDataset());

  it("parses, keeping every count as its source gives it", () => {
    expect(dataset.coalitions[0]?.participantCount?.claims.map((claim) => claim.value)).toEqual([
      { kind: "at-least", value: 31, of: "countries", phrase: "over 30" },
      { kind: "approximate", phrase: "about thirty", value: 30, low: 28, high: 32, of: "countries" },
    ]);
    expect(dataset.pledgeCounts.map((pledges) => [pledges.id, pledges.count.claims[0]?.value])).toEqual([
      ["six-willing", { kind: "approximate", phrase: "about six", value: 6, of: "countries" }],
      ["twenty-six-committed", { kind: "exact", value: 26, of: "countries" }],
    ]);
  });

  it("keeps a parliament's disagreeing vote tallies side by side, and that its decision does not bind", () => {
    const bulgaria = dataset.commitments.find((commitment) => commitment.id === "bg-no-hostilities");
    expect(bulgaria?.binding).toBe(false);
    expect(bulgaria?.vote?.claims.map((claim) => claim.value)).toEqual([{ yes: 166, no: 27, abstain: 11 }, { yes: 204 }]);
  });

  it("holds a headquarters' move and its rotation of leads as dated intervals", () => {
    const body = dataset.coalitions[0]?.bodies?.[0];
    expect(body?.sites?.map((site) => [site.place.city, site.from, site.to ?? null, site.status ?? "in effect"])).toEqual([
      ["Paris", "2025-07-10", "2026-07", "in effect"],
      ["London", "2026-07", null, "planned"],
    ]);
    expect(body?.leads?.map((lead) => lead.actors)).toEqual([["FR"], ["GB"]]);
  });

  it("numbers the leaders' meetings as a series, and ties a meeting to a subgroup", () => {
    expect(dataset.events.map((event) => [event.id, event.series?.number ?? null, event.subgroup ?? null])).toEqual([
      ["leaders-1", 1, null],
      ["leaders-2", 2, null],
      ["air-planners", null, "air-planning-group"],
    ]);
  });

  it("reads a bare participant count as that many participants, exactly", () => {
    const bare = parseDataset(changed((document) => {
      document.events[0]!.participantCount = { claims: [{ value: 37, sources: ["s-march"] }] };
    }));
    expect(bare.events[0]?.participantCount?.claims[0]?.value).toEqual({ kind: "exact", value: 37, of: "participants" });
  });
});

describe("counts and figures: a low end above the high end, or a figure outside its bounds, is invalid_range", () => {
  it("rejects a range of countries from 35 down to 30", () => {
    const issue = expectIssue(
      changed((document) => {
        document.events[0]!.participantCount.claims[0]!.value = { kind: "range", low: 35, high: 30, of: "countries" };
      }),
      "invalid_range",
      ["events", 0, "participantCount", "claims", 0, "value", "high"],
    );
    expect(issue.message).toBe("the high figure (30) is below the low one (35)");
  });

  it("rejects an approximate count whose figure is below its low bound", () => {
    const issue = expectIssue(
      changed((document) => {
        document.coalitions[0]!.participantCount.claims[1]!.value.low = 31;
      }),
      "invalid_range",
      ["coalitions", 0, "participantCount", "claims", 1, "value", "value"],
    );
    expect(issue.message).toBe("the figure (30) is below its low bound (31)");
  });

  it("rejects an approximate count whose figure is above its high bound", () => {
    const issue = expectIssue(
      changed((document) => {
        document.pledgeCounts[0]!.count.claims[0]!.value = { kind: "approximate", phrase: "about six", value: 6, high: 5, of: "countries" };
      }),
      "invalid_range",
      ["pledgeCounts", 0, "count", "claims", 0, "value", "value"],
    );
    expect(issue.message).toBe("the figure (6) is above its high bound (5)");
  });

  it("rejects an approximate quantity whose bounds are reversed, and its figure outside them, all at once", () => {
    const issues = issuesOf(
      changed((document) => {
        document.commitments[0]!.quantity!.claims[0]!.value = { kind: "approximate", unit: "people", phrase: "about 200", value: 300, low: 250, high: 150 };
      }),
    );
    expect(issues.map((issue) => [issue.code, issue.path.slice(-1)[0]])).toEqual([
      ["invalid_range", "high"],
      ["invalid_range", "value"],
    ]);
  });

  it("rejects a count that is not a whole number, or of something unknown", () => {
    expectIssue(changed((document) => void (document.events[1]!.participantCount.claims[0]!.value.value = 35.5)), "invalid_type", [
      "events", 1, "participantCount", "claims", 0, "value", "value",
    ]);
    expectIssue(changed((document) => void (document.events[1]!.participantCount.claims[0]!.value.of = "soldiers")), "invalid_value", [
      "events", 1, "participantCount", "claims", 0, "value", "of",
    ]);
  });

  it("rejects a vote tally that gives no figure", () => {
    expectIssue(changed((document) => void (document.commitments[2]!.vote.claims[1]!.value = {})), "invalid_value", [
      "commitments", 2, "vote", "claims", 1, "value",
    ]);
  });
});

describe("references of the new records", () => {
  it.each<[string, (document: Document) => void, DatasetIssueCode, PathSegment[]]>([
    ["a vote claim citing an unknown source", (d) => void (d.commitments[2]!.vote.claims[0]!.sources = ["nowhere"]), "unknown_reference", ["commitments", 2, "vote", "claims", 0, "sources", 0]],
    ["a proposal's condition on an undeclared fact's actor", (d) => void (d.proposals[0]!.condition = { kind: "mandate", by: "un" }), "unknown_reference", ["proposals", 0, "condition", "by"]],
    ["a position's condition on an undeclared institution", (d) => void (d.positions[0]!.condition = { kind: "approval", institution: "PL.sejm" }), "unknown_reference", ["positions", 0, "condition", "institution"]],
    ["territory of an undeclared bloc", (d) => void (d.commitments[1]!.condition.of.location.bloc = "csto"), "unknown_reference", ["commitments", 1, "condition", "of", "location", "bloc"]],
    ["territory of a state, not a bloc", (d) => void (d.commitments[1]!.condition.of.location.bloc = "PL"), "wrong_reference_kind", ["commitments", 1, "condition", "of", "location", "bloc"]],
    ["a subgroup led by an undeclared actor", (d) => void (d.coalitions[0]!.subgroups[0]!.leads = ["DE"]), "unknown_reference", ["coalitions", 0, "subgroups", 0, "leads", 0]],
    ["a subgroup participant citing an unknown source", (d) => void (d.coalitions[0]!.subgroups[0]!.participants[0]!.sources = ["nowhere"]), "unknown_reference", ["coalitions", 0, "subgroups", 0, "participants", 0, "sources", 0]],
    ["a body led by an undeclared actor", (d) => void (d.coalitions[0]!.bodies[0]!.leads[1]!.actors = ["GB", "DE"]), "unknown_reference", ["coalitions", 0, "bodies", 0, "leads", 1, "actors", 1]],
    ["a body's site citing an unknown source", (d) => void (d.coalitions[0]!.bodies[0]!.sites[0]!.sources = ["nowhere"]), "unknown_reference", ["coalitions", 0, "bodies", 0, "sites", 0, "sources", 0]],
    ["an event of a state, not a coalition", (d) => void (d.events[0]!.coalition = "GB"), "wrong_reference_kind", ["events", 0, "coalition"]],
    ["an event of an undeclared subgroup", (d) => void (d.events[2]!.subgroup = "sea-planning-group"), "unknown_reference", ["events", 2, "subgroup"]],
    [
      "a pledge count to an undeclared coalition",
      (d) => {
        d.pledgeCounts[1]!.coalition = "unwilling";
        delete d.pledgeCounts[1]!.supersedes;
      },
      "unknown_reference",
      ["pledgeCounts", 1, "coalition"],
    ],
    ["a pledge count of an undeclared type", (d) => void (d.pledgeCounts[0]!.type = "demo:drones"), "unknown_reference", ["pledgeCounts", 0, "type"]],
    ["a pledge count naming an undeclared member", (d) => void (d.pledgeCounts[1]!.members[0]!.actor = "DE"), "unknown_reference", ["pledgeCounts", 1, "members", 0, "actor"]],
    ["a pledge count's non-member citing an unknown source", (d) => void (d.pledgeCounts[1]!.notAmong[0]!.sources = ["nowhere"]), "unknown_reference", ["pledgeCounts", 1, "notAmong", 0, "sources", 0]],
    ["a pledge count's claim citing an unknown source", (d) => void (d.pledgeCounts[0]!.count.claims[0]!.sources = ["nowhere"]), "unknown_reference", ["pledgeCounts", 0, "count", "claims", 0, "sources", 0]],
    ["a pledge count stated by an undeclared institution", (d) => void (d.pledgeCounts[1]!.statedBy = { institution: "FR.government" }), "unknown_reference", ["pledgeCounts", 1, "statedBy", "institution"]],
    ["a pledge count's condition on an undeclared actor", (d) => void (d.pledgeCounts[1]!.condition = { kind: "request", by: "DE" }), "unknown_reference", ["pledgeCounts", 1, "condition", "by"]],
    ["a pledge count at the territory of an undeclared bloc", (d) => void (d.pledgeCounts[0]!.location = { kind: "bloc-territory", bloc: "csto" }), "unknown_reference", ["pledgeCounts", 0, "location", "bloc"]],
  ])("reports %s", (_, change, code, path) => {
    expectIssue(changed(change), code, path);
  });

  it("says which coalition a subgroup belongs to when an event names another", () => {
    const issue = expectIssue(
      changed((document) => {
        document.coalitions.push({ ...structuredDataset().coalitions[0]!, id: "other", subgroups: [], bodies: [] });
        document.events[2]!.coalition = "other";
      }),
      "unknown_reference",
      ["events", 2, "subgroup"],
    );
    expect(issue.message).toBe('the subgroup "air-planning-group" belongs to the coalition "willing", not to "other"');
  });
});

describe("rules of the new records", () => {
  it("rejects a subgroup id used twice, even in two coalitions", () => {
    const issue = expectIssue(
      changed((document) => {
        document.coalitions.push({ ...structuredDataset().coalitions[0]!, id: "other", bodies: [] });
      }),
      "duplicate_id",
      ["coalitions", 1, "subgroups", 0, "id"],
    );
    expect(issue).toMatchObject({ id: "air-planning-group", firstPath: ["coalitions", 0, "subgroups", 0, "id"] });
  });

  it("rejects a body id used twice", () => {
    expectIssue(
      changed((document) => {
        const body = document.coalitions[0]!.bodies[0]!;
        document.coalitions[0]!.bodies.push({ ...body, name: "Second headquarters" });
      }),
      "duplicate_id",
      ["coalitions", 0, "bodies", 1, "id"],
    );
  });

  it.each<[string, (document: Document) => void, PathSegment[]]>([
    ["a subgroup", (d) => void (d.coalitions[0]!.subgroups[0]!.to = "2025-01"), ["coalitions", 0, "subgroups", 0, "to"]],
    ["a subgroup's participation", (d) => void (d.coalitions[0]!.subgroups[0]!.participants[0]!.to = "2025-03-01"), ["coalitions", 0, "subgroups", 0, "participants", 0, "to"]],
    ["a body's site", (d) => void (d.coalitions[0]!.bodies[0]!.sites[0]!.to = "2025-06"), ["coalitions", 0, "bodies", 0, "sites", 0, "to"]],
    ["a body's lead", (d) => void (d.coalitions[0]!.bodies[0]!.leads[0]!.to = "2025-07-09"), ["coalitions", 0, "bodies", 0, "leads", 0, "to"]],
  ])("rejects %s that ends before it starts", (_, change, path) => {
    expectIssue(changed(change), "interval_reversed", path);
  });

  it("rejects two meetings of one series with one number", () => {
    const issue = expectIssue(
      changed((document) => void (document.events[1]!.series.number = 1)),
      "duplicate_id",
      ["events", 1, "series", "number"],
    );
    expect(issue).toMatchObject({ id: "leaders-meetings#1", firstPath: ["events", 0, "series", "number"] });
  });

  it("rejects a meeting numbered after another but held before it", () => {
    const issue = expectIssue(changed((document) => void (document.events[1]!.from = "2025-03-14")), "dates_out_of_order", ["events", 1, "from"]);
    expect(issue.message).toBe('meeting 2 of the series "leaders-meetings" starts (2025-03-14) before meeting 1 (2025-03-15)');
  });

  it("checks a pledge count's phrase against its stance, and its date against its sources", () => {
    expectIssue(changed((document) => void (document.pledgeCounts[0]!.phrase = "will not")), "stance_phrase_mismatch", ["pledgeCounts", 0, "stance"]);
    expectIssue(changed((document) => void (document.pledgeCounts[0]!.date = "2025-04")), "date_after_source", ["pledgeCounts", 0, "date"]);
  });
});

describe("supersedes: an earlier statement of the same actor, of the same collection", () => {
  it("accepts Italy's government replacing its foreign minister's earlier word", () => {
    expect(parseDataset(structuredDataset()).commitments[1]?.supersedes).toEqual(["it-troops-march"]);
  });

  it("rejects a statement that does not exist, naming what was expected", () => {
    const issue = expectIssue(
      changed((document) => void (document.commitments[1]!.supersedes = ["it-troops-february"])),
      "unknown_reference",
      ["commitments", 1, "supersedes", 0],
    );
    expect(issue).toMatchObject({ id: "it-troops-february", expected: "commitment" });
  });

  it("rejects a position's supersedes naming a commitment: each collection is its own", () => {
    expectIssue(changed((document) => void (document.positions[0]!.supersedes = ["it-troops-march"])), "unknown_reference", ["positions", 0, "supersedes", 0]);
  });

  it.each<[string, (document: Document) => void, PathSegment[], string]>([
    [
      "another actor's statement",
      (d) => void (d.commitments[2]!.supersedes = ["it-troops-march"]),
      ["commitments", 2, "supersedes", 0],
      '"it-troops-march" is a commitment of the actor "IT", not of "BG"',
    ],
    ["itself", (d) => void (d.commitments[0]!.supersedes = ["it-troops-march"]), ["commitments", 0, "supersedes", 0], "a commitment cannot supersede itself"],
    [
      "a statement made later",
      (d) => void (d.commitments[0]!.supersedes = ["it-troops-sept"]),
      ["commitments", 0, "supersedes", 0],
      '"it-troops-sept" counts from 2025-09-04, after this commitment (2025-03-13): only an earlier statement can be superseded',
    ],
    [
      "another coalition's pledge count",
      (d) => {
        d.coalitions.push({ id: "other", name: "Other", leads: ["GB"], sources: ["s-march"] });
        d.pledgeCounts[0]!.coalition = "other";
      },
      ["pledgeCounts", 1, "supersedes", 0],
      '"six-willing" is a pledge count of the coalition "other", not of "willing"',
    ],
  ])("rejects superseding %s (invalid_supersedes)", (_, change, path, message) => {
    const issue = expectIssue(changed(change), "invalid_supersedes", path);
    expect(issue.message).toBe(message);
  });

  it("dates an undated statement by its earliest source when checking the order", () => {
    expectIssue(
      changed((document) => {
        document.commitments[0]!.date = "unknown";
        document.commitments[0]!.sources = ["s-sept"];
        document.commitments[0]!.quantity.claims[0]!.sources = ["s-sept"];
        document.commitments[1]!.date = "2025-07";
      }),
      "invalid_supersedes",
      ["commitments", 1, "supersedes", 0],
    );
  });
});

describe("every problem of the new records at once", () => {
  it("reports a reversed count, an unknown supersedes, a dangling subgroup and an unknown bloc together, and returns no dataset", () => {
    const result = safeParseDataset(
      changed((document) => {
        document.events[0]!.participantCount.claims[0]!.value = { kind: "range", low: 3, high: 2, of: "leaders" };
        document.commitments[1]!.supersedes = ["nothing"];
        document.events[2]!.subgroup = "nothing";
        document.commitments[1]!.condition.of.location.bloc = "nothing";
      }),
    );
    expect(result.success).toBe(false);
    expect(result.success ? [] : result.error.issues.map((issue) => issue.code)).toEqual([
      "unknown_reference",
      "unknown_reference",
      "invalid_range",
      "unknown_reference",
    ]);
    expect("data" in result).toBe(false);
  });
});
