// Every documented limit of a dataset (LIMITS) is enforced: an input one past it is
// rejected with a clear issue (its code, the exact path, a message naming the limit),
// an input exactly at it is accepted, and inputs built to exhaust memory or the stack
// (sparse arrays of millions of holes, millions of problems, cycles) are answered at
// once with a bounded list of issues.
import { describe, expect, it } from "vitest";
import { LIMITS, type DatasetIssue, type DatasetIssueCode, type PathSegment } from "../../src/index.js";
import { safeParseDataset } from "../../src/schema.js";
import { validDataset, withValue } from "./valid-dataset.js";

function issuesOf(input: unknown): readonly DatasetIssue[] {
  const result = safeParseDataset(input);
  expect(result.success, "the input should have been rejected").toBe(false);
  return result.success ? [] : result.error.issues;
}

function problemsOf(input: unknown): { code: DatasetIssueCode; path: readonly PathSegment[] }[] {
  return issuesOf(input).map(({ code, path }) => ({ code, path }));
}

/** The one issue of an input, which must be exactly this code at this path. */
function onlyIssue(input: unknown, code: DatasetIssueCode, path: readonly PathSegment[]): DatasetIssue {
  const issues = issuesOf(input);
  expect(issues.map((issue) => ({ code: issue.code, path: issue.path }))).toEqual([{ code, path }]);
  const issue = issues[0] as DatasetIssue;
  expect(issue.message).toMatch(/^[^\n]{1,200}$/);
  return issue;
}

function accepted(input: unknown): boolean {
  const result = safeParseDataset(input);
  if (!result.success) throw new Error(result.error.message);
  return result.success;
}

/** An array of `length` holes: a few bytes that claim `length` slots. */
function holes(length: number): unknown[] {
  const list: unknown[] = [];
  list.length = length;
  return list;
}

/** A condition nested `depth` levels deep, built without recursion. */
function nestedCondition(depth: number): unknown {
  let condition: unknown = { kind: "peace", form: "agreement", country: "UA" };
  for (let level = 1; level < depth; level++) {
    condition = level % 2 === 0 ? { kind: "all", of: [condition] } : { kind: "not", of: condition };
  }
  return condition;
}

/** A URL of exactly `length` characters. */
function urlOf(length: number): string {
  const start = "https://example.org/";
  return start + "a".repeat(length - start.length);
}

const states = (count: number, id: (i: number) => string) => Array.from({ length: count }, (_, i) => ({ id: id(i) }));

// Each limit: a place to put a value, the value at the limit, the value one past it,
// and the issue code owed. A new key in LIMITS fails the first test until it has a row.
const AT_THE_LIMIT: Readonly<
  Record<keyof typeof LIMITS, { path: readonly PathSegment[]; at: () => unknown; over: () => unknown; code: DatasetIssueCode } | "own tests below">
> = {
  idLength: { path: ["commitments", 0, "id"], at: () => "x".repeat(LIMITS.idLength), over: () => "x".repeat(LIMITS.idLength + 1), code: "too_long" },
  nameLength: {
    path: ["persons", 0, "name"],
    at: () => "n".repeat(LIMITS.nameLength),
    over: () => "n".repeat(LIMITS.nameLength + 1),
    code: "too_long",
  },
  textLength: {
    path: ["commitments", 0, "quote"],
    at: () => "q".repeat(LIMITS.textLength),
    over: () => "q".repeat(LIMITS.textLength + 1),
    code: "too_long",
  },
  urlLength: { path: ["sources", 0, "url"], at: () => urlOf(LIMITS.urlLength), over: () => urlOf(LIMITS.urlLength + 1), code: "too_long" },
  conditionDepth: {
    path: ["commitments", 0, "condition"],
    at: () => nestedCondition(LIMITS.conditionDepth),
    over: () => nestedCondition(LIMITS.conditionDepth + 1),
    code: "too_deep",
  },
  listLength: {
    path: ["commitments", 0, "sources"],
    at: () => Array.from({ length: LIMITS.listLength }, () => "s-march"),
    over: () => Array.from({ length: LIMITS.listLength + 1 }, () => "s-march"),
    code: "too_long",
  },
  collectionLength: "own tests below",
  issueCount: "own tests below",
};

describe("every limit in LIMITS", () => {
  it("is a positive whole number, in a frozen object", () => {
    for (const [name, value] of Object.entries(LIMITS)) expect(Number.isSafeInteger(value) && value > 0, name).toBe(true);
    expect(Object.isFrozen(LIMITS)).toBe(true);
    expect(Object.keys(AT_THE_LIMIT).sort()).toEqual(Object.keys(LIMITS).sort());
  });

  const rows = Object.entries(AT_THE_LIMIT).flatMap(([name, row]) => (row === "own tests below" ? [] : [{ name, ...row }]));

  it.each(rows)("$name: a value exactly at the limit is accepted", ({ path, at }) => {
    expect(accepted(withValue(path, at()))).toBe(true);
  });

  it.each(rows)("$name: one past the limit is rejected with one issue at its path, naming the limit", ({ name, path, over, code }) => {
    const issue = onlyIssue(withValue(path, over()), code, path);
    expect(issue.message).toContain(String(LIMITS[name as keyof typeof LIMITS]));
  });
});

describe("lists inside a record (LIMITS.listLength)", () => {
  it("rejects a sparse list of 16 million holes by its length, without reading a slot", () => {
    const issue = onlyIssue(withValue(["commitments", 0, "sources"], holes(16_000_000)), "too_long", ["commitments", 0, "sources"]);
    expect(issue.message).toBe(`sources has 16000000 items, more than the limit of ${LIMITS.listLength}`);
  });

  it("rejects a long list nested deep in a record, at its own path", () => {
    const condition = { kind: "all", of: [{ kind: "any", of: holes(LIMITS.listLength + 1) }] };
    onlyIssue(withValue(["commitments", 0, "condition"], condition), "too_long", ["commitments", 0, "condition", "of", 0, "of"]);
  });

  it("rejects a long list in a field no record has, reporting its length rather than each item", () => {
    onlyIssue(withValue(["states", 0, "extra"], holes(LIMITS.listLength + 1)), "too_long", ["states", 0, "extra"]);
  });

  it("reports every long list of a record, and leaves the record's other fields unchecked", () => {
    const document = withValue(["organizations", 0, "memberships"], holes(LIMITS.listLength + 1));
    const organization = document.organizations[0] as unknown as Record<string, unknown>;
    organization.aliases = holes(LIMITS.listLength + 5);
    organization.kind = "not a kind";
    expect(problemsOf(document)).toEqual([
      { code: "too_long", path: ["organizations", 0, "aliases"] },
      { code: "too_long", path: ["organizations", 0, "memberships"] },
    ]);
  });

  it("does not report the record's id as missing where others refer to it", () => {
    // nato's memberships are unchecked, but nato is still declared: no dangling references.
    const document = withValue(["organizations", 0, "memberships"], holes(LIMITS.listLength + 1));
    expect(problemsOf(document)).toEqual([{ code: "too_long", path: ["organizations", 0, "memberships"] }]);
  });

  it("rejects a long list of notes in the dataset's header, and still checks the other header fields", () => {
    const document: Record<string, unknown> = { ...validDataset(), notes: holes(LIMITS.listLength + 1) };
    delete document.title;
    expect(problemsOf(document)).toEqual([
      { code: "too_long", path: ["notes"] },
      { code: "missing_field", path: ["title"] },
    ]);
  });

  it("walks a value that is not JSON but holds a cycle, ends, and reports each place the cycle closes (the record's schema is not run)", () => {
    const cyclic: Record<string, unknown> = { name: "loop" };
    cyclic.self = cyclic;
    cyclic.list = [cyclic, cyclic];
    const extra = ["states", 0, "extra"];
    expect(problemsOf(withValue(extra, cyclic))).toEqual([
      { code: "invalid_type", path: [...extra, "list", 0] },
      { code: "invalid_type", path: [...extra, "list", 1] },
      { code: "invalid_type", path: [...extra, "self"] },
    ]);
    const [issue] = issuesOf(withValue(extra, cyclic)).filter(({ code }) => code === "invalid_type");
    expect(issue?.message).toBe("this object holds itself (a cycle), which JSON cannot: a dataset must be plain JSON data");
  });

  it("walks a cycle that also holds a long list, and reports the list once", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    cyclic.list = holes(LIMITS.listLength + 1);
    expect(problemsOf(withValue(["states", 0, "extra"], cyclic))).toEqual([
      { code: "too_long", path: ["states", 0, "extra", "list"] },
      { code: "invalid_type", path: ["states", 0, "extra", "self"] },
    ]);
  });

  it("reports a long list at each place it is, when JavaScript data shares it", () => {
    const long = holes(LIMITS.listLength + 1);
    expect(problemsOf(withValue(["states", 0, "extra"], { a: long, b: long }))).toEqual([
      { code: "too_long", path: ["states", 0, "extra", "a"] },
      { code: "too_long", path: ["states", 0, "extra", "b"] },
    ]);
  });

  it("walks an object graph that shares its parts, each part once, and reports the sharing", () => {
    // 2^40 paths through 40 objects: a walk that followed each path would never end, and
    // the tree it stands for is too big for any schema to check.
    let shared: unknown = { kind: "leaf" };
    for (let level = 0; level < 40; level++) shared = [shared, shared];
    const extra = ["states", 0, "extra"];
    const issues = issuesOf(withValue(extra, shared));
    expect(issues.map(({ code, path }) => ({ code, path }))).toEqual(
      Array.from({ length: 40 }, (_, level) => ({ code: "invalid_type", path: [...extra, ...Array.from({ length: level }, () => 0), 1] })).reverse(),
    );
    expect(issues[0]?.message).toBe(
      "this object is also at another place, in a value of more than 100000 objects: a dataset must be plain JSON data, where each object is at one place",
    );
  });

  it("accepts JavaScript data that shares a list between two places of a small record", () => {
    const document = validDataset();
    const sources = ["s-march"];
    document.organizations[0]?.memberships.forEach((membership) => (membership.sources = sources));
    expect(accepted(document)).toBe(true);
  });
});

describe("nesting deeper than any record has", () => {
  const depth = 2 * LIMITS.conditionDepth + 8;
  /** Arrays nested `levels` deep. */
  const deepArrays = (levels: number): unknown => {
    let value: unknown = [];
    for (let level = 1; level < levels; level++) value = [value];
    return value;
  };

  it("refuses a value 100,000 levels deep once, at the record's field, after reading a few thousand levels", () => {
    const issue = onlyIssue(withValue(["states", 0, "extra"], deepArrays(100_000)), "too_deep", ["states", 0, "extra"]);
    expect(issue.message).toBe(`extra is nested more than ${depth} levels deep`);
  });

  it("refuses two deep values under one field with one issue", () => {
    onlyIssue(withValue(["states", 0, "extra"], { a: deepArrays(100_000), b: deepArrays(50_000) }), "too_deep", ["states", 0, "extra"]);
  });

  it("calls a condition past that depth too deep as a condition", () => {
    const issue = onlyIssue(withValue(["commitments", 0, "condition"], nestedCondition(100_000)), "too_deep", ["commitments", 0, "condition"]);
    expect(issue.message).toBe(`the condition is nested more than ${LIMITS.conditionDepth} levels deep`);
  });

  it("refuses a deep value in the dataset's header at the item that holds it", () => {
    const document = { ...validDataset(), notes: ["fine", deepArrays(100_000)] };
    const issue = onlyIssue(document, "too_deep", ["notes", 1]);
    expect(issue.message).toBe(`this item is nested more than ${depth} levels deep`);
  });

  it("refuses a condition that shares its parts 30 times over (2^30 atoms), at once", () => {
    let condition: unknown = { kind: "peace", form: "agreement", country: "UA" };
    for (let level = 0; level < 30; level++) condition = { kind: "all", of: [condition, condition] };
    const started = performance.now();
    const issues = issuesOf(withValue(["commitments", 0, "condition"], condition));
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(issues).toHaveLength(30);
    expect(new Set(issues.map((issue) => issue.code))).toEqual(new Set(["invalid_type"]));
  });
});

describe("records in a collection (LIMITS.collectionLength)", () => {
  it("rejects a collection longer than the limit by its length alone, before reading a record", () => {
    const document = { id: "d", title: "T", commitments: holes(16_000_000) };
    const issue = onlyIssue(document, "too_long", ["commitments"]);
    expect(issue.message).toBe(`commitments has 16000000 records, more than the limit of ${LIMITS.collectionLength}`);
  });

  it("checks a collection exactly at the limit record by record", () => {
    const sparse = holes(LIMITS.collectionLength);
    sparse[3] = { id: "XX" };
    expect(problemsOf({ id: "d", title: "T", states: sparse })).toEqual([
      { code: "missing_field", path: ["states", 0] },
      { code: "invalid_country_code", path: ["states", 3, "id"] },
    ]);
  });

  it("reports every collection over the limit", () => {
    const document = { id: "d", title: "T", states: holes(LIMITS.collectionLength + 1), events: holes(2 ** 32 - 1) };
    expect(problemsOf(document)).toEqual([
      { code: "too_long", path: ["events"] },
      { code: "too_long", path: ["states"] },
    ]);
  });
});

describe("problems in one report (LIMITS.issueCount)", () => {
  const tooMany = `the dataset has more than ${LIMITS.issueCount} problems, the limit of one report: ${LIMITS.issueCount} are listed, and checking stopped there`;

  it("lists every problem up to the limit, with no note", () => {
    const document = { id: "d", title: "T", states: states(LIMITS.issueCount, (i) => `Q${i}`) };
    const result = safeParseDataset(document);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toHaveLength(LIMITS.issueCount);
    expect(result.error.issues.every((issue) => issue.code === "invalid_country_code")).toBe(true);
    expect(result.error.message.split("\n")[0]).toBe(`Invalid dataset: ${LIMITS.issueCount} problems`);
  });

  it("stops past the limit, saying so first, then listing the problems that come first by path", () => {
    const document = { id: "d", title: "T", states: states(LIMITS.issueCount + 1, (i) => `Q${i}`) };
    const result = safeParseDataset(document);
    expect(result.success).toBe(false);
    if (result.success) return;
    const { issues } = result.error;
    expect(issues).toHaveLength(LIMITS.issueCount + 1);
    expect(issues.slice(1).map((issue) => issue.path)).toEqual(
      Array.from({ length: LIMITS.issueCount }, (_, i) => ["states", i, "id"]),
    );
    expect(issues[0]).toEqual({ code: "too_many_issues", path: [], message: tooMany });
    expect(result.error.message.split("\n")[0]).toBe(`Invalid dataset: more than ${LIMITS.issueCount} problems`);
  });

  it("answers two million broken records with a bounded list, without checking them all", () => {
    const document = { id: "d", title: "T", states: Array.from({ length: 2_000_000 }, () => 1) };
    const issues = issuesOf(document);
    expect(issues).toHaveLength(LIMITS.issueCount + 1);
    expect(issues[0]?.code).toBe("too_many_issues");
  });

  it("caps the unknown fields of one record holding a hundred thousand of them", () => {
    const state: Record<string, unknown> = { id: "GB" };
    for (let k = 0; k < 100_000; k++) state[`extra${k}`] = k;
    const issues = issuesOf({ id: "d", title: "T", states: [state] });
    expect(issues).toHaveLength(LIMITS.issueCount + 1);
    expect(new Set(issues.slice(1).map((issue) => issue.code))).toEqual(new Set(["unknown_field"]));
    expect(issues[0]?.code).toBe("too_many_issues");
  });

  it("caps the unknown fields at the root of the dataset", () => {
    const document: Record<string, unknown> = { id: "d", title: "T" };
    for (let k = 0; k < 5_000; k++) document[`extra${k}`] = k;
    const issues = issuesOf(document);
    expect(issues).toHaveLength(LIMITS.issueCount + 1);
    expect(issues[0]?.code).toBe("too_many_issues");
  });

  it("lists the problems that come first by path, whatever the order of the keys", () => {
    const keys = Array.from({ length: 3 * LIMITS.issueCount }, (_, k) => `extra${k}`);
    const forwards: Record<string, unknown> = { id: "d", title: "T" };
    const backwards: Record<string, unknown> = { title: "T", id: "d" };
    for (const key of keys) forwards[key] = 1;
    for (const key of [...keys].reverse()) backwards[key] = 1;
    const listed = issuesOf(forwards);
    expect(issuesOf(backwards)).toEqual(listed);
    expect(listed.slice(1).map((issue) => issue.path[0])).toEqual([...keys].sort().slice(0, LIMITS.issueCount));

    const state = (order: readonly string[]) => Object.fromEntries([["id", "GB"], ...order.map((key) => [key, 1])]) as unknown;
    expect(issuesOf({ id: "d", title: "T", states: [state([...keys].reverse())] })).toEqual(
      issuesOf({ id: "d", title: "T", states: [state(keys)] }),
    );
  });

  it("caps dangling references found after every record passed its schema", () => {
    const document = validDataset();
    const template = document.commitments[0] as Record<string, unknown>;
    // DE is not declared: each commitment by it is one dangling reference.
    const many = Array.from({ length: LIMITS.issueCount + 10 }, (_, i) => ({ ...template, id: `c${i}`, actor: "DE" }));
    const issues = issuesOf({ ...document, commitments: many });
    expect(issues).toHaveLength(LIMITS.issueCount + 1);
    expect(issues[0]?.code).toBe("too_many_issues");
  });
});
