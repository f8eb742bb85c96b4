// Inputs the parser meets rarely: each still gets one clear issue, with its code, path and a
// one-line message.
import { describe, expect, it } from "vitest";
import { LIMITS, type Dataset, type DatasetIssue } from "../../src/index.js";
import { parseDataset, safeParseDataset } from "../../src/schema.js";
import { validDataset, withValue, without } from "./valid-dataset.js";

/** The issues of an input, or of an input parsed on bases; [] when it is accepted. */
function issuesOf(input: unknown, base?: Dataset | readonly Dataset[]): readonly DatasetIssue[] {
  const result = base === undefined ? safeParseDataset(input) : safeParseDataset(input, { base });
  return result.success ? [] : result.error.issues;
}

const count = ["commitments", 0, "quantity", "claims", 0, "value"] as const;

describe("quantities", () => {
  it("reports a date on a count of people: only money amounts carry one", () => {
    const issues = issuesOf(withValue([...count, "date"], "2025-03"));
    expect(issues.map(({ code, path }) => ({ code, path }))).toEqual([{ code: "currency_not_allowed", path: [...count, "date"] }]);
    expect(issues[0]?.message).toBe("only money amounts carry a date; this counts people");
  });

  it("reports a quantity without its unit as a missing field, not as a value of no known form", () => {
    const issues = issuesOf(without([...count, "unit"]));
    expect(issues).toEqual([{ code: "missing_field", path: [...count, "unit"], message: "unit is required" }]);
  });

  it("explains the form of a dataset's own unit when a unit is unknown", () => {
    const issues = issuesOf(withValue([...count, "unit"], "bananas"));
    expect(issues).toEqual([
      { code: "invalid_format", path: [...count, "unit"], message: "unit: a dataset's own unit is namespaced, e.g. kiel:howitzers" },
    ]);
  });
});

describe("values that are not JSON", () => {
  it("names a BigInt where a number belongs, in full while it is short", () => {
    const issues = issuesOf(withValue([...count, "low"], 150n));
    expect(issues.map((issue) => [issue.code, issue.message])).toEqual([["invalid_type", "low must be a number, not bigint 150"]]);
  });

  it("does not print a BigInt of a hundred digits, only what it is", () => {
    const issues = issuesOf(withValue([...count, "low"], 10n ** 100n));
    expect(issues.map((issue) => [issue.code, issue.message])).toEqual([["invalid_type", "low must be a number, not a big integer"]]);
    const negative = issuesOf(withValue([...count, "low"], -(10n ** 100n)));
    expect(negative[0]?.message).toBe("low must be a number, not a big integer");
  });
});

describe("names in messages", () => {
  it("quotes a blank person name, so the message still names someone", () => {
    const document = withValue(["proposals", 0, "statedBy"], { institution: "FR.head-of-state", person: "keir-starmer" });
    const [person] = document.persons;
    if (person !== undefined) person.name = "  \n ";
    const issues = issuesOf(document);
    expect(issues).toEqual([
      {
        code: "person_not_in_institution",
        path: ["proposals", 0, "statedBy", "person"],
        message: '"  \\n " holds no office in "FR.head-of-state"',
      },
    ]);
  });
});

describe("collections with holes", () => {
  it("reports a hole in the middle of a collection, and still checks the records on both sides of it", () => {
    const document = validDataset();
    const [first, second] = document.commitments;
    const broken = { ...first, stance: "eager" };
    const holey: unknown[] = [broken];
    holey[2] = { ...second, stance: "keen" };
    // Not an index: an array's other own properties are not records.
    Object.assign(holey, { note: "not a record" });
    const issues = issuesOf({ ...document, commitments: holey });
    expect(issues.map(({ code, path }) => [code, path])).toEqual([
      ["invalid_value", ["commitments", 0, "stance"]],
      ["missing_field", ["commitments", 1]],
      ["invalid_value", ["commitments", 2, "stance"]],
    ]);
  });
});

describe("a list past the limit, named in its message", () => {
  /** A list of `length` holes: a few bytes, however long it claims to be. */
  const longList = () => Object.assign([], { length: LIMITS.listLength + 1 });
  /** The message of the one issue of a long list put at `path`. */
  const messageFor = (path: readonly (string | number)[]) => {
    const issues = issuesOf(withValue(path, longList()));
    expect(issues.map(({ code, path: at }) => [code, at])).toEqual([["too_long", path]]);
    return issues[0]?.message;
  };
  const limit = LIMITS.listLength;

  it("names it by its field", () => {
    expect(messageFor(["states", 0, "extra"])).toBe(`extra has ${limit + 1} items, more than the limit of ${limit}`);
  });

  it("quotes a field that does not read as a name, and cuts a long one short", () => {
    expect(messageFor(["states", 0, "my list"])).toBe(`"my list" has ${limit + 1} items, more than the limit of ${limit}`);
    const long = "k".repeat(60);
    expect(messageFor(["states", 0, long])).toBe(`"${"k".repeat(40)}…" has ${limit + 1} items, more than the limit of ${limit}`);
  });

  it("calls a list inside another list \"the list\"", () => {
    const issues = issuesOf(withValue(["states", 0, "extra"], [longList()]));
    expect(issues.map(({ code, path, message }) => [code, path, message])).toEqual([
      ["too_long", ["states", 0, "extra", 0], `the list has ${limit + 1} items, more than the limit of ${limit}`],
    ]);
  });
});

describe("several bases", () => {
  const base = () => parseDataset({ id: "reference", title: "Reference", states: [{ id: "DK" }, { id: "FI" }] });

  it("holds a layer two bases both hold once", () => {
    const dataset = parseDataset({ id: "mine", title: "Mine" }, { base: [base(), base()] });
    expect([dataset.layers, dataset.states.map((state) => state.id)]).toEqual([["reference", "mine"], ["DK", "FI"]]);
  });

  it("merges a record two different bases both hold, and reports a field they give differently, pointing at each", () => {
    const other = parseDataset({ id: "other", title: "Other", states: [{ id: "DK", note: "Danmark" }, { id: "FI" }] });
    const differing = parseDataset({ id: "differing", title: "Differing", states: [{ id: "DK", note: "Denmark" }] });
    expect(parseDataset({ id: "mine", title: "Mine" }, { base: [base(), other] }).states).toEqual([{ id: "DK", note: "Danmark" }, { id: "FI" }]);
    const issues = issuesOf({ id: "mine", title: "Mine" }, [other, differing]);
    expect(issues.map((issue) => [issue.code, issue.path, "otherPath" in issue ? issue.otherPath : null])).toEqual([
      ["conflicting_redefinition", ["(base)", 1, "states", 0, "note"], ["(base)", 0, "states", 0, "note"]],
    ]);
  });
});
