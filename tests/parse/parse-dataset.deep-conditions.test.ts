// Conditions as deep as LIMITS.conditionDepth parse without overflowing the stack.
// zod's schema of a condition recurses once per level, so the parser checks a deep
// condition node by node (src/parse/internal/parse-condition.ts); these tests hold it to the
// same answers as zod's schema: the same output, in the same key order, and the same
// issues at the same paths.
import { describe, expect, it } from "vitest";
import { LIMITS, type Condition } from "../../src/index.js";
import { parseCondition } from "../../src/parse/internal/parse-condition.js";
import { CommitmentSchema, parseDataset, safeParseDataset } from "../../src/schema.js";
import { validDataset, withValue } from "./valid-dataset.js";

const PEACE = { kind: "peace", form: "agreement", country: "UA" } as const;

/** A condition `depth` levels deep around `leaf`, alternating `not` and `all`, built without recursion. */
function nested(depth: number, leaf: unknown = PEACE): unknown {
  let condition = leaf;
  for (let level = 1; level < depth; level++) condition = level % 2 === 0 ? { kind: "all", of: [condition] } : { kind: "not", of: condition };
  return condition;
}

/** The path of the leaf of {@link nested}, below the condition. */
function leafPath(depth: number): (string | number)[] {
  const path: (string | number)[] = [];
  for (let level = depth - 1; level >= 1; level--) path.push(...(level % 2 === 0 ? ["of", 0] : ["of"]));
  return path;
}

describe("a condition checked node by node", () => {
  it("reports a problem at the depth it is, with the path from the condition", () => {
    const bad = { kind: "peace", form: "agreement", country: "XX" };
    const result = parseCondition(nested(50, bad), ["condition"]);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((issue) => issue.path)).toEqual([["condition", ...leafPath(50), "country"]]);
  });
});

describe("deep conditions in a dataset", () => {
  it(`accepts a commitment's condition ${LIMITS.conditionDepth} levels deep and keeps it whole`, () => {
    const condition = nested(LIMITS.conditionDepth);
    const dataset = parseDataset(withValue(["commitments", 0, "condition"], condition));
    expect(dataset.commitments[0]?.condition).toEqual(condition);
    expect(Object.isFrozen(dataset.commitments[0]?.condition)).toBe(true);
  });

  it(`accepts a coalition's condition ${LIMITS.conditionDepth} levels deep`, () => {
    const condition = nested(LIMITS.conditionDepth, { kind: "request", by: "FR" });
    const dataset = parseDataset(withValue(["coalitions", 0, "condition"], condition));
    expect(dataset.coalitions[0]?.condition).toEqual(condition);
  });

  it("reports every problem of a deep condition at once, each at its own path", () => {
    const deepest = nested(900, { kind: "peace", form: "agreement", country: "XX" }) as Record<string, unknown>;
    const condition = { kind: "any", of: [deepest, nested(700, { kind: "bogus" })], extra: true };
    const result = safeParseDataset(withValue(["commitments", 0, "condition"], condition));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: "unknown_field", path: ["commitments", 0, "condition", "extra"] },
      { code: "invalid_country_code", path: ["commitments", 0, "condition", "of", 0, ...leafPath(900), "country"] },
      { code: "invalid_value", path: ["commitments", 0, "condition", "of", 1, ...leafPath(700), "kind"] },
    ]);
  });

  it("reports the record's other problems beside a deep condition", () => {
    const document = withValue(["commitments", 0, "condition"], nested(500));
    (document.commitments[0] as Record<string, unknown>).stance = "maybe";
    const result = safeParseDataset(document);
    expect(result.success ? [] : result.error.issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: "invalid_value", path: ["commitments", 0, "stance"] },
    ]);
  });

  it("keeps the record's fields in the order zod gives them", () => {
    // 40 levels: past the depth where the parser leaves zod's schema, within what zod's own recursion handles.
    const record = { ...validDataset().commitments[0], condition: nested(40) };
    const dataset = parseDataset(withValue(["commitments", 0], record));
    expect(JSON.stringify(dataset.commitments[0])).toBe(JSON.stringify(CommitmentSchema.parse(record)));
    expect(dataset.commitments[0]?.condition as Condition).toEqual(record.condition);
  });
});
