// The shared arbitraries keep their promises: every generated document is valid, the
// documents reach every concept of the model, and every mutator breaks exactly the one
// rule it names, so the parser answers with exactly the issue it promises.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeParseDataset, type ParseDatasetOptions } from "../../src/schema.js";
import { MUTATOR_NAMES, invalidDatasetDocument, mutationOf, validDatasetDocument, type Mutation } from "./dataset.js";

/** The issues of a parse, as `code@path` strings, for readable failures. */
function issuesOf(document: unknown, options?: ParseDatasetOptions): string[] {
  const result = safeParseDataset(document, options);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.code}@${JSON.stringify(issue.path)}`);
}

/** The issues beside those a mutation causes on purpose (`alongside`), whose count is checked. */
function owedOf(mutation: Mutation, issues: readonly string[]): readonly string[] {
  const { alongside } = mutation;
  if (alongside === undefined) return issues;
  const owed = issues.filter((issue) => !issue.startsWith(`${alongside.code}@`));
  expect(issues.length - owed.length).toBe(alongside.count);
  return owed;
}

describe("validDatasetDocument", () => {
  it("generates documents that the parser accepts, at the default size", () => {
    fc.assert(
      fc.property(validDatasetDocument(), (document) => {
        expect(issuesOf(document)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("generates large documents that the parser accepts", () => {
    fc.assert(
      fc.property(validDatasetDocument({ maxRecords: 40, minRecords: 10, maxConditionDepth: 5 }), (document) => {
        expect(issuesOf(document)).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });

  it("generates plain JSON: nothing that JSON.stringify would drop or change", () => {
    fc.assert(
      fc.property(validDatasetDocument(), (document) => {
        expect(JSON.parse(JSON.stringify(document))).toStrictEqual(document);
      }),
      { numRuns: 100 },
    );
  });
});

describe("mutators", () => {
  it("break exactly one rule: the parser reports exactly the promised issue, at the promised path", () => {
    fc.assert(
      fc.property(invalidDatasetDocument(), (invalid) => {
        const { document, expectedCode, expectedPath, mutator, options } = invalid;
        expect({ mutator, issues: owedOf(invalid, issuesOf(document, options)) }).toEqual({ mutator, issues: [`${expectedCode}@${JSON.stringify(expectedPath)}`] });
      }),
      { numRuns: 600 },
    );
  });

  it("leave the document they are given as it was", () => {
    fc.assert(
      fc.property(validDatasetDocument(), fc.constantFrom(...MUTATOR_NAMES), fc.nat(), (document, name, choice) => {
        const before = structuredClone(document);
        mutationOf(name, document, choice);
        expect(document).toStrictEqual(before);
      }),
      { numRuns: 200 },
    );
  });
});
