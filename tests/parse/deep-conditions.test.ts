// Conditions as deep as LIMITS.conditionDepth parse without overflowing the stack.
// zod's schema of a condition recurses once per level, so the parser checks a deep
// condition node by node (src/parse/internal/parse-condition.ts); these tests hold it to the
// same answers as zod's schema: the same output, in the same key order, and the same
// issues at the same paths.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LIMITS, type Condition, type DatasetIssue } from "../../src/index.js";
import { fromZodIssues } from "../../src/parse/internal/from-zod-issues.js";
import { parseCondition } from "../../src/parse/internal/parse-condition.js";
import { CommitmentSchema, ConditionSchema, parseDataset, safeParseDataset } from "../../src/schema.js";
import { validDatasetDocument } from "../arbitraries/dataset.js";
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

/** What a check answers, as the parser reports it: the output as JSON, or the library's issues sorted. */
function answer(result: { success: true; data: unknown } | { success: false; issues: readonly unknown[] }, raw: unknown) {
  if (result.success) return { json: JSON.stringify(result.data) };
  const issues = fromZodIssues(result.issues as Parameters<typeof fromZodIssues>[0], [], raw);
  return { issues: issues.map((issue: DatasetIssue) => JSON.stringify(issue)).sort() };
}

const viaZod = (raw: unknown) => {
  const result = ConditionSchema.safeParse(raw);
  return answer(result.success ? { success: true, data: result.data } : { success: false, issues: result.error.issues }, raw);
};
const viaWalk = (raw: unknown) => answer(parseCondition(raw, []), raw);

/** Condition-like values: valid atoms and trees, and every way of getting one wrong. */
const conditionLike = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom<unknown>(
      PEACE,
      { kind: "request" },
      { kind: "request", by: "GB", quote: "if asked" },
      { kind: "approval", institution: "CH.government" },
      { kind: "inclusion", in: "all consultations" },
      { kind: "commitment", actor: "US", type: "air-power", minStance: "ready", location: { kind: "in-country", country: "UA" } },
      { kind: "threshold", count: 3, type: "ground-troops", minStance: "committed" },
      { kind: "mandate", by: "un" },
      { kind: "fact", id: "election", description: "An election is held" },
      { kind: "peace", form: "truce", country: "XX" },
      { kind: "threshold", count: 0, type: "", minStance: "maybe" },
      { kind: "approval" },
      { kind: "bogus" },
      { kind: "not" },
      { kind: "all" },
      { kind: "any", of: [] },
      { kind: "all", of: "not a list" },
      {},
      [],
      null,
      42,
      "peace",
    ),
    fc.record({ kind: fc.constantFrom("all", "any"), of: fc.array(tie("node"), { maxLength: 3 }) }),
    fc.record({ kind: fc.constant("not"), of: tie("node") }),
    fc.record({ kind: fc.constantFrom("all", "not"), of: fc.array(tie("node"), { maxLength: 2 }), extra: fc.constant(1) }, { requiredKeys: ["kind", "extra"] }),
  ),
})).node;

describe("a condition checked node by node", () => {
  it("answers as zod's recursive schema does: same output in the same key order, same issues", () => {
    fc.assert(
      fc.property(conditionLike, (raw) => {
        expect(viaWalk(raw)).toEqual(viaZod(raw));
      }),
      { numRuns: 2000 },
    );
  });

  it("answers as zod's schema does on the conditions of generated valid datasets", () => {
    fc.assert(
      fc.property(validDatasetDocument(), (document) => {
        for (const record of [...(document.commitments ?? []), ...(document.coalitions ?? [])]) {
          if (record.condition !== undefined) expect(viaWalk(record.condition)).toEqual(viaZod(record.condition));
        }
      }),
      { numRuns: 100 },
    );
  });

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
