// Conditions as deep as LIMITS.conditionDepth parse without overflowing the stack.
// zod's schema of a condition recurses once per level, so the parser checks a deep
// condition node by node (src/parse/internal/parse-condition.ts); these tests hold it to the
// same answers as zod's schema: the same output, in the same key order, and the same
// issues at the same paths.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type DatasetIssue } from "../../src/index.js";
import { fromZodIssues } from "../../src/parse/internal/from-zod-issues.js";
import { parseCondition } from "../../src/parse/internal/parse-condition.js";
import { ConditionSchema } from "../../src/schema.js";
import { validDatasetDocument } from "../arbitraries/dataset.js";

const PEACE = { kind: "peace", form: "agreement", country: "UA" } as const;

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
});
