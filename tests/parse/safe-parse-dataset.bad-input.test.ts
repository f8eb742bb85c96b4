// Every kind of bad input the parser owes a clear answer for. Each test breaks one
// thing in a valid dataset and checks that exactly that problem comes back, with
// its stable code, the exact path to it, and a plain message.
import { describe, expect, it } from "vitest";
import { LIMITS, type DatasetIssue, type DatasetIssueCode, type PathSegment } from "../../src/index.js";
import { safeParseDataset } from "../../src/schema.js";
import { validDataset, withValue, without } from "./valid-dataset.js";

/** The issues of a rejected input; fails the test when the input is accepted. */
function issuesOf(input: unknown): readonly DatasetIssue[] {
  const result = safeParseDataset(input);
  expect(result.success, "the input should have been rejected").toBe(false);
  return result.success ? [] : result.error.issues;
}

/** A message is one plain sentence: non-empty, one line, no leaked internals. */
function expectPlainSentence(message: string): void {
  expect(message.length).toBeGreaterThan(0);
  expect(message).toBe(message.trim());
  expect(message).not.toMatch(/\n|\[object |NaN|Invalid input/);
}

/** Parses `input` and expects exactly these problems, in this order. */
function expectIssues(input: unknown, expected: readonly { code: DatasetIssueCode; path: readonly PathSegment[] }[]) {
  const issues = issuesOf(input);
  expect(issues.map(({ code, path }) => ({ code, path }))).toEqual(expected);
  for (const issue of issues) expectPlainSentence(issue.message);
  return issues;
}

/** Parses `input` and expects exactly one problem. */
function expectIssue(input: unknown, code: DatasetIssueCode, path: readonly PathSegment[]): DatasetIssue {
  const [issue] = expectIssues(input, [{ code, path }]);
  if (issue === undefined) throw new Error("unreachable: expectIssues checked the count");
  return issue;
}

/** A condition nested `depth` levels deep, built without recursion. */
function nestedCondition(depth: number): unknown {
  let condition: unknown = { kind: "peace", form: "agreement", country: "UA" };
  for (let level = 1; level < depth; level++) {
    condition = level % 2 === 0 ? { kind: "all", of: [condition] } : { kind: "not", of: condition };
  }
  return condition;
}

describe("the valid dataset the bad inputs start from", () => {
  it("is accepted as it is", () => {
    expect(safeParseDataset(validDataset()).success).toBe(true);
  });
});

describe("the shape of the document", () => {
  it.each([
    ["an array", []],
    ["null", null],
    ["a string", "demo"],
    ["a number", 42],
    ["undefined", undefined],
  ])("rejects a document that is %s, not an object", (_, input) => {
    const issue = expectIssue(input, "invalid_type", []);
    expect(issue.message).toMatch(/^a dataset must be an object/);
  });

  it("rejects a collection that is not an array", () => {
    const issue = expectIssue(withValue(["commitments"], { "gb-troops": {} }), "invalid_type", ["commitments"]);
    expect(issue.message).toBe("commitments must be an array, not an object");
  });

  it("rejects an unknown field at the root, naming it", () => {
    const issue = expectIssue(withValue(["comitments"], []), "unknown_field", ["comitments"]);
    expect(issue.message).toContain("comitments");
  });

  it("rejects a misspelt field of a record at the path of the misspelt field", () => {
    expectIssue(withValue(["commitments", 0, "stanse"], "ready"), "unknown_field", ["commitments", 0, "stanse"]);
  });

  it("rejects a misspelt field inside a nested object", () => {
    expectIssue(withValue(["commitments", 0, "statedBy", "persn"], "keir-starmer"), "unknown_field", [
      "commitments",
      0,
      "statedBy",
      "persn",
    ]);
  });
});

describe("fields of a record", () => {
  it("reports a missing required field of a record", () => {
    const issue = expectIssue(without(["commitments", 0, "actor"]), "missing_field", ["commitments", 0, "actor"]);
    expect(issue.message).toBe("actor is required");
  });

  it("reports a missing required field of the dataset itself", () => {
    expectIssue(without(["title"]), "missing_field", ["title"]);
  });

  it("reports a missing condition kind as missing, not as a wrong one", () => {
    expectIssue(
      withValue(["commitments", 0, "condition", "of", 1], { institution: "GB.head-of-government" }),
      "missing_field",
      ["commitments", 0, "condition", "of", 1, "kind"]
    );
  });

  it("reports a field of the wrong type, saying what was given", () => {
    const issue = expectIssue(withValue(["commitments", 0, "actor"], 7), "invalid_type", ["commitments", 0, "actor"]);
    expect(issue.message).toBe("actor must be a string, not number 7");
  });

  it("reports a stance that is not on the scale, listing the scale", () => {
    const issue = expectIssue(withValue(["commitments", 0, "stance"], "maybe"), "invalid_value", [
      "commitments",
      0,
      "stance",
    ]);
    expect(issue.message).toContain('"committed", "ready", "open", "undecided", "opposed", "refused"');
  });

  it("reports a condition of an unknown kind at its kind", () => {
    const issue = expectIssue(withValue(["commitments", 0, "condition", "of", 1], { kind: "wish" }), "invalid_value", [
      "commitments",
      0,
      "condition",
      "of",
      1,
      "kind",
    ]);
    expect(issue.message).toContain('"peace"');
  });

  it("reports a negative count as out of range", () => {
    expectIssue(withValue(["events", 0, "participantCount", "claims", 0, "value"], -1), "out_of_range", [
      "events",
      0,
      "participantCount",
      "claims",
      0,
      "value",
    ]);
  });

  it("reports a malformed URL", () => {
    expectIssue(withValue(["sources", 0, "url"], "not a url"), "invalid_format", ["sources", 0, "url"]);
  });
});

describe("dates, countries and currencies", () => {
  it("rejects a day that does not exist (30 February)", () => {
    const issue = expectIssue(withValue(["sources", 0, "date"], "2025-02-30"), "invalid_date", ["sources", 0, "date"]);
    expect(issue.message).toContain('"2025-02-30"');
  });

  it("rejects a month that does not exist (month 13)", () => {
    expectIssue(withValue(["commitments", 0, "date"], "2025-13"), "invalid_date", ["commitments", 0, "date"]);
  });

  it("rejects 29 February of a year that is not a leap year", () => {
    expectIssue(withValue(["events", 0, "from"], "2025-02-29"), "invalid_date", ["events", 0, "from"]);
  });

  it('rejects "unknown" where a real date is required', () => {
    expectIssue(withValue(["sources", 0, "date"], "unknown"), "invalid_date", ["sources", 0, "date"]);
  });

  it("rejects a state with a code that is not a country (XX)", () => {
    expectIssue(withValue(["states", 4], { id: "XX" }), "invalid_country_code", ["states", 4, "id"]);
  });

  it("rejects the EU declared as a state: it is an organization", () => {
    const issue = expectIssue(withValue(["states", 4], { id: "EU" }), "invalid_country_code", ["states", 4, "id"]);
    expect(issue.message).toContain('"EU"');
  });

  it("rejects a country code in a location", () => {
    expectIssue(withValue(["commitments", 0, "location", "country"], "uk"), "invalid_country_code", [
      "commitments",
      0,
      "location",
      "country",
    ]);
  });

  it("rejects a currency that is not an ISO 4217 code (XYZ)", () => {
    expectIssue(
      withValue(["commitments", 1, "quantity", "claims", 0, "value", "currency"], "XYZ"),
      "invalid_currency_code",
      ["commitments", 1, "quantity", "claims", 0, "value", "currency"]
    );
  });
});

describe("ids", () => {
  it("reports a state declared twice, pointing at the first", () => {
    const issue = expectIssue(withValue(["states", 4], { id: "GB" }), "duplicate_id", ["states", 4]);
    expect(issue).toMatchObject({ id: "GB", firstPath: ["states", 0] });
  });

  it("reports an organization whose id is already a state's: actors share one namespace", () => {
    const issue = expectIssue(withValue(["organizations", 0, "id"], "FR"), "duplicate_id", ["organizations", 0]);
    expect(issue).toMatchObject({ id: "FR", firstPath: ["states", 1] });
  });

  it("reports two commitments with one id", () => {
    const document = validDataset();
    document.commitments[1] = { ...document.commitments[1], id: "gb-troops" } as (typeof document.commitments)[1];
    expectIssue(document, "duplicate_id", ["commitments", 1]);
  });

  it(`rejects an id longer than ${LIMITS.idLength} characters`, () => {
    expectIssue(withValue(["commitments", 0, "id"], "x".repeat(LIMITS.idLength + 1)), "too_long", [
      "commitments",
      0,
      "id",
    ]);
  });

  it("accepts an id of exactly the limit", () => {
    const document = withValue(["commitments", 0, "id"], "x".repeat(LIMITS.idLength));
    expect(safeParseDataset(document).success).toBe(true);
  });

  it(`rejects a name longer than ${LIMITS.nameLength} characters`, () => {
    expectIssue(withValue(["persons", 0, "name"], "x".repeat(LIMITS.nameLength + 1)), "too_long", [
      "persons",
      0,
      "name",
    ]);
  });

  it(`rejects a quote longer than ${LIMITS.textLength} characters`, () => {
    expectIssue(withValue(["commitments", 0, "quote"], "x".repeat(LIMITS.textLength + 1)), "too_long", [
      "commitments",
      0,
      "quote",
    ]);
  });

  it("accepts ids that are names of Object.prototype members", () => {
    const document = validDataset();
    document.organizations[0] = {
      ...document.organizations[0],
      id: "constructor",
    } as (typeof document.organizations)[0];
    document.sources.push({ id: "toString", kind: "other", publisher: "Demo Wire", date: "2025-04-02" });
    document.commitments[1] = {
      ...document.commitments[1],
      id: "hasOwnProperty",
      sources: ["toString"],
    } as (typeof document.commitments)[1];
    document.events[0]?.hosts.push("constructor");
    expect(safeParseDataset(document).success).toBe(true);
  });

  it("treats a __proto__ key in JSON as an unknown field, not as a prototype", () => {
    const document = JSON.parse('{"id": "demo", "title": "Demo", "__proto__": {"polluted": true}}') as unknown;
    expectIssue(document, "unknown_field", ["__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("rejects an id with characters outside the allowed set", () => {
    expectIssue(withValue(["events", 0, "id"], "coalition talks"), "invalid_format", ["events", 0, "id"]);
  });
});

describe("references", () => {
  const unknown = (path: readonly PathSegment[], id: string, expected: string) => {
    const issue = expectIssue(withValue(path, id), "unknown_reference", path);
    expect(issue).toMatchObject({ id, expected });
    expect(issue.message).toContain(JSON.stringify(id));
  };

  it("reports a commitment by an actor that is not declared", () => {
    unknown(["commitments", 1, "actor"], "DE", "actor");
  });

  it("reports a speaker institution that is not declared", () => {
    unknown(["proposals", 0, "statedBy", "institution"], "FR.parliament", "institution");
  });

  it("reports a misspelt speaker institution once, not also the person's missing office", () => {
    unknown(["commitments", 0, "statedBy", "institution"], "GB.head-of-govt", "institution");
  });

  it("reports an approval condition by an institution that is not declared", () => {
    unknown(["commitments", 0, "condition", "of", 1, "institution"], "GB.parliament", "institution");
  });

  it("reports a person at an event who is not declared", () => {
    unknown(["events", 0, "persons", 0], "emmanuel-macron", "person");
  });

  it("reports a source that is not declared", () => {
    unknown(["commitments", 0, "sources", 0], "s-may", "source");
  });

  it("reports a source of a membership that is not declared", () => {
    unknown(["organizations", 0, "memberships", 1, "sources", 0], "s-may", "source");
  });

  it("reports a contribution type that is neither built in nor declared", () => {
    unknown(["commitments", 0, "type"], "demo:drones", "contribution type");
  });

  it("reports a commitment offered to a coalition that is not declared", () => {
    unknown(["commitments", 0, "coalition"], "unwilling", "coalition");
  });

  it("reports a position on an unknown proposal", () => {
    unknown(["positions", 0, "proposal"], "us-backstop", "proposal");
  });

  it("reports an institution's id used as an actor as the wrong kind of record", () => {
    const issue = expectIssue(withValue(["commitments", 1, "actor"], "FR.head-of-state"), "wrong_reference_kind", [
      "commitments",
      1,
      "actor",
    ]);
    expect(issue).toMatchObject({ id: "FR.head-of-state", expected: "actor" });
    expect(issue.message).toBe('"FR.head-of-state" is an institution, but an actor is expected here');
  });

  it("reports a state given where a coalition is expected as the wrong kind of record", () => {
    const issue = expectIssue(withValue(["commitments", 0, "coalition"], "GB"), "wrong_reference_kind", [
      "commitments",
      0,
      "coalition",
    ]);
    expect(issue.message).toBe('"GB" is a state, but a coalition is expected here');
  });

  it("does not also report references to a record that failed its own schema", () => {
    // GB is referred to all over the dataset; its one problem is its empty note.
    expectIssue(withValue(["states", 0, "note"], ""), "too_short", ["states", 0, "note"]);
  });

  it("does not also report uses of a contribution type that failed its own schema", () => {
    const document = withValue(["contributionTypes", 0, "label"], "");
    document.commitments[0] = {
      ...document.commitments[0],
      type: "demo:hostilities",
    } as (typeof document.commitments)[0];
    expectIssue(document, "too_short", ["contributionTypes", 0, "label"]);
  });
});

describe("intervals and ranges", () => {
  it("reports a membership that ends before it starts", () => {
    const issue = expectIssue(withValue(["organizations", 0, "memberships", 0, "to"], "1948"), "interval_reversed", [
      "organizations",
      0,
      "memberships",
      0,
      "to",
    ]);
    expect(issue.message).toContain("1948");
  });

  it("reports an office that ends before it starts", () => {
    expectIssue(withValue(["persons", 0, "offices", 0, "to"], "2024-06"), "interval_reversed", [
      "persons",
      0,
      "offices",
      0,
      "to",
    ]);
  });

  it("accepts an office ending in the month it started: the month covers the start day", () => {
    expect(safeParseDataset(withValue(["persons", 0, "offices", 0, "to"], "2024-07")).success).toBe(true);
  });

  it("reports an event that ends before it starts", () => {
    expectIssue(withValue(["events", 0, "to"], "2025-03-10"), "interval_reversed", ["events", 0, "to"]);
  });

  it("reports a participation that ends before it starts", () => {
    const document = validDataset();
    document.coalitions[0]?.participants.push({
      actor: "FR",
      from: "2025-03-13",
      to: "2025-03-01",
      sources: ["s-march"],
    } as never);
    expectIssue(document, "interval_reversed", ["coalitions", 0, "participants", 1, "to"]);
  });

  it("reports two memberships of one state that overlap", () => {
    expectIssue(
      withValue(["organizations", 0, "memberships", 1], { member: "GB", from: "2020", sources: ["s-march"] }),
      "overlapping_intervals",
      ["organizations", 0, "memberships", 1]
    );
  });

  it("accepts a membership that starts the day the previous one ended: `to` is exclusive", () => {
    const document = validDataset();
    document.organizations[0]?.memberships.splice(
      0,
      1,
      { member: "GB", from: "1949-04-04", to: "2020-01-31", sources: ["s-march"] } as never,
      { member: "GB", from: "2020-01-31", sources: ["s-march"] }
    );
    expect(safeParseDataset(document).success).toBe(true);
  });

  it("reports a range whose low figure is above its high one", () => {
    const issue = expectIssue(
      withValue(["commitments", 0, "quantity", "claims", 0, "value", "low"], 300),
      "invalid_range",
      ["commitments", 0, "quantity", "claims", 0, "value", "high"]
    );
    expect(issue.message).toBe("the high figure (200) is below the low one (300)");
  });
});

describe("quantities", () => {
  const money = ["commitments", 1, "quantity", "claims", 0, "value"] as const;
  const people = ["commitments", 0, "quantity", "claims", 0, "value"] as const;

  it("reports money without its currency", () => {
    expectIssue(without([...money, "currency"]), "currency_required", [...money, "currency"]);
  });

  it("reports money without the date of the amount", () => {
    expectIssue(without([...money, "date"]), "missing_field", [...money, "date"]);
  });

  it("reports a count of people that carries a currency", () => {
    const issue = expectIssue(withValue([...people, "currency"], "EUR"), "currency_not_allowed", [
      ...people,
      "currency",
    ]);
    expect(issue.message).toContain("people");
  });
});

describe("stances and their phrases", () => {
  it("reports a phrase that is not in the stance mapping", () => {
    const issue = expectIssue(withValue(["commitments", 0, "phrase"], "might, one day"), "unknown_stance_phrase", [
      "commitments",
      0,
      "phrase",
    ]);
    expect(issue.message).toContain("stancePhrases");
  });

  it("reports a stance that its phrase does not map to", () => {
    const issue = expectIssue(withValue(["positions", 0, "phrase"], "will not"), "stance_phrase_mismatch", [
      "positions",
      0,
      "stance",
    ]);
    expect(issue.message).toBe('"will not" maps to refused, not open');
  });

  it("accepts a phrase the dataset declares itself", () => {
    const document = withValue(["commitments", 0, "phrase"], "Keen  to");
    expect(safeParseDataset(document).success).toBe(true);
  });

  it("reports a dataset phrase that would redefine a built-in one", () => {
    expectIssue(withValue(["stancePhrases", 1], { phrase: "could", stance: "ready" }), "stance_phrase_mismatch", [
      "stancePhrases",
      1,
      "stance",
    ]);
  });
});

describe("speakers", () => {
  it("reports a speaker institution that belongs to another actor", () => {
    const issue = expectIssue(
      withValue(["commitments", 1, "statedBy"], { institution: "GB.head-of-government" }),
      "speaker_mismatch",
      ["commitments", 1, "statedBy", "institution"]
    );
    expect(issue.message).toBe('institution "GB.head-of-government" belongs to "GB", not to "FR"');
  });

  it("reports a person speaking for an institution they hold no office in", () => {
    const issue = expectIssue(
      withValue(["proposals", 0, "statedBy"], { institution: "FR.head-of-state", person: "keir-starmer" }),
      "person_not_in_institution",
      ["proposals", 0, "statedBy", "person"]
    );
    expect(issue.message).toBe('Keir Starmer holds no office in "FR.head-of-state"');
  });
});

describe("dates in order", () => {
  it("reports fulfilment steps listed out of order", () => {
    expectIssue(withValue(["commitments", 0, "fulfilment", 1, "date"], "2025-02"), "dates_out_of_order", [
      "commitments",
      0,
      "fulfilment",
      1,
      "date",
    ]);
  });

  it("reports a statement dated after every one of its sources", () => {
    const issue = expectIssue(withValue(["commitments", 1, "date"], "2025-05-01"), "date_after_source", [
      "commitments",
      1,
      "date",
    ]);
    expect(issue.message).toContain("2025-04-30");
  });

  it("accepts a statement of the month its source is dated in", () => {
    expect(safeParseDataset(withValue(["commitments", 1, "date"], "2025-04")).success).toBe(true);
  });

  it("reports a position dated after its source", () => {
    expectIssue(withValue(["positions", 0, "date"], "2025-03-14"), "date_after_source", ["positions", 0, "date"]);
  });
});

describe("the dataset's own contribution types", () => {
  it("reports a cycle in the taxonomy at every type on it", () => {
    const issues = expectIssues(
      withValue(
        ["contributionTypes"],
        [
          { id: "demo:a", parent: "demo:b", label: "A" },
          { id: "demo:b", parent: "demo:a", label: "B" },
          { id: "demo:c", parent: "demo:a", label: "C, below the cycle" },
        ]
      ),
      [
        { code: "taxonomy_cycle", path: ["contributionTypes", 0, "parent"] },
        { code: "taxonomy_cycle", path: ["contributionTypes", 1, "parent"] },
      ]
    );
    expect(issues[0]?.message).toBe("demo:a is its own ancestor: demo:a → demo:b → demo:a");
  });

  it("reports a type that is its own parent", () => {
    expectIssue(withValue(["contributionTypes", 0, "parent"], "demo:hostilities"), "taxonomy_cycle", [
      "contributionTypes",
      0,
      "parent",
    ]);
  });

  it("reports a type whose id has no namespace", () => {
    const issue = expectIssue(withValue(["contributionTypes", 0, "id"], "hostilities"), "invalid_format", [
      "contributionTypes",
      0,
      "id",
    ]);
    expect(issue.message).toContain("namespaced");
  });

  it("reports a parent type that does not exist", () => {
    expectIssue(withValue(["contributionTypes", 0, "parent"], "people"), "unknown_reference", [
      "contributionTypes",
      0,
      "parent",
    ]);
  });
});

describe("sources", () => {
  it("reports a record with an empty list of sources as missing its source", () => {
    const issue = expectIssue(withValue(["commitments", 0, "sources"], []), "missing_source", [
      "commitments",
      0,
      "sources",
    ]);
    expect(issue.message).toBe("every record needs at least one source");
  });

  it("reports a record with no sources field as missing its source field", () => {
    expectIssue(without(["events", 0, "sources"]), "missing_field", ["events", 0, "sources"]);
  });
});

describe("deeply nested conditions", () => {
  it(`accepts a condition nested exactly ${LIMITS.conditionDepth} levels deep`, () => {
    expect(
      safeParseDataset(withValue(["commitments", 0, "condition"], nestedCondition(LIMITS.conditionDepth))).success
    ).toBe(true);
  });

  it("rejects a condition one level deeper than the limit as too deep", () => {
    const issue = expectIssue(
      withValue(["commitments", 0, "condition"], nestedCondition(LIMITS.conditionDepth + 1)),
      "too_deep",
      ["commitments", 0, "condition"]
    );
    expect(issue.message).toContain(String(LIMITS.conditionDepth));
  });

  it("rejects a hostile condition 200,000 levels deep as too deep, without overflowing the stack", () => {
    // Its coalition's id stays declared, so the commitment offered to it is not reported too.
    expectIssue(withValue(["coalitions", 0, "condition"], nestedCondition(200_000)), "too_deep", [
      "coalitions",
      0,
      "condition",
    ]);
  });
});
