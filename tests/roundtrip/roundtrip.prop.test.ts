// A parsed dataset survives JSON: serialised and parsed again, it is the same dataset,
// with every date at its precision, every range, approximate figure and disputed claim.
// And parsing depends on nothing but the data: not on the order of keys, not on the
// order of records, not on earlier calls.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DatasetIssue, PathSegment } from "../../src/index.js";
import { parseDataset, safeParseDataset } from "../../src/schema.js";
import { invalidDatasetDocument, validDatasetDocument, type DatasetInput } from "../arbitraries/dataset.js";
import { COLLECTION_KEYS, originalPath, withKeysShuffled, withRecordsPermuted } from "../arbitraries/json.js";
import { seededRandom } from "../arbitraries/random.js";

/** The document as the parser fills it in: omitted collections, memberships and participants are empty. */
function withDefaults(document: DatasetInput): Record<string, unknown> {
  const filled: Record<string, unknown> = structuredClone(document);
  for (const name of COLLECTION_KEYS) filled[name] ??= [];
  // The parser names the layers a dataset holds: a document that extends nothing holds itself.
  filled.layers ??= [document.id];
  for (const organization of filled.organizations as { memberships?: unknown[] }[]) organization.memberships ??= [];
  for (const coalition of filled.coalitions as { participants?: unknown[] }[]) coalition.participants ??= [];
  return filled;
}

function issuesOf(document: unknown): readonly DatasetIssue[] {
  const result = safeParseDataset(document);
  if (result.success) throw new Error("the broken document was accepted");
  return result.error.issues;
}

/** An issue with its paths mapped back to the original order, as one comparable string. */
function normalised(issue: DatasetIssue, from: ReadonlyMap<string, readonly number[]>): string {
  const path = originalPath(issue.path, from);
  if (issue.code === "duplicate_id") {
    // Which of two records with one id is "the duplicate" depends on their order: the pair does not.
    const pair = [path, originalPath(issue.firstPath, from)].map((p) => JSON.stringify(p)).sort();
    return JSON.stringify({ code: issue.code, id: issue.id, pair });
  }
  return JSON.stringify({ ...issue, path });
}

const valid = validDatasetDocument();
const large = validDatasetDocument({ maxRecords: 30, minRecords: 5, maxConditionDepth: 4 });

function comparePaths(a: readonly PathSegment[], b: readonly PathSegment[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const [x, y] = [a[i], b[i]];
    if (x === y) continue;
    if (typeof x === "number" && typeof y === "number") return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}

describe("a parsed dataset serialised to JSON and parsed again", () => {
  it("is deep-equal to the first parse", () => {
    fc.assert(
      fc.property(valid, (document) => {
        const first = parseDataset(document);
        const second = parseDataset(JSON.parse(JSON.stringify(first)));
        expect(second).toStrictEqual(first);
      }),
      { numRuns: 300 },
    );
  });

  it("is deep-equal for large documents too", () => {
    fc.assert(
      fc.property(large, (document) => {
        const first = parseDataset(document);
        expect(parseDataset(JSON.parse(JSON.stringify(first)))).toStrictEqual(first);
      }),
      { numRuns: 15 },
    );
  });

  it("serialises to the very same JSON text: the round trip is byte-stable", () => {
    fc.assert(
      fc.property(valid, (document) => {
        const text = JSON.stringify(parseDataset(document));
        expect(JSON.stringify(parseDataset(JSON.parse(text)))).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});

describe("the parsed dataset", () => {
  it("holds exactly what the document says, with only the empty defaults filled in", () => {
    // Dates keep their precision ("2025-03" stays a month), figures their kind and bounds,
    // disputed values every claim in order: nothing is normalised away.
    fc.assert(
      fc.property(valid, (document) => {
        expect(parseDataset(document)).toStrictEqual(withDefaults(document));
      }),
      { numRuns: 300 },
    );
  });
});

describe("parsing", () => {
  it("is deterministic: the same document gives the same dataset or the same issues", () => {
    fc.assert(
      fc.property(fc.oneof(valid, invalidDatasetDocument().map((broken) => broken.document as DatasetInput)), (document) => {
        expect(safeParseDataset(document)).toStrictEqual(safeParseDataset(document));
      }),
      { numRuns: 200 },
    );
  });

  it("does not depend on the order of keys in any object of a valid document", () => {
    fc.assert(
      fc.property(valid, fc.integer(), (document, seed) => {
        const shuffled = withKeysShuffled(document, seededRandom(seed));
        const first = parseDataset(document);
        const second = parseDataset(shuffled);
        expect(second).toStrictEqual(first);
        // The output's keys come in the schema's order, whatever the input's order.
        expect(JSON.stringify(second)).toBe(JSON.stringify(first));
      }),
      { numRuns: 200 },
    );
  });

  it("reports the same issues, in the same order, whatever the order of keys of a broken document", () => {
    fc.assert(
      fc.property(invalidDatasetDocument(), fc.integer(), ({ document }, seed) => {
        expect(issuesOf(withKeysShuffled(document, seededRandom(seed)))).toStrictEqual(issuesOf(document));
      }),
      { numRuns: 300 },
    );
  });

  it("does not depend on the order of records: the same records come out, in the input's order", () => {
    fc.assert(
      fc.property(valid, fc.integer(), (document, seed) => {
        const { document: permuted, from } = withRecordsPermuted(document, seededRandom(seed));
        const first = parseDataset(document) as unknown as Record<string, readonly unknown[]>;
        const second = parseDataset(permuted) as unknown as Record<string, readonly unknown[]>;
        for (const name of COLLECTION_KEYS) {
          const order = from.get(name) ?? [];
          expect(second[name]).toStrictEqual(order.map((i) => first[name]?.[i]));
        }
      }),
      { numRuns: 200 },
    );
  });

  it("reports the same set of issues whatever the order of records of a broken document", () => {
    fc.assert(
      fc.property(invalidDatasetDocument(), fc.integer(), ({ document }, seed) => {
        const { document: permuted, from } = withRecordsPermuted(document as Record<string, unknown>, seededRandom(seed));
        const identity = new Map<string, number[]>();
        const before = issuesOf(document).map((issue) => normalised(issue, identity)).sort();
        const after = issuesOf(permuted).map((issue) => normalised(issue, from)).sort();
        expect(after).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  it("sorts issues by path, so the list is the same for every order of keys", () => {
    fc.assert(
      fc.property(invalidDatasetDocument(), ({ document }) => {
        const paths = issuesOf(document).map((issue) => issue.path);
        expect(paths).toEqual([...paths].sort(comparePaths));
      }),
      { numRuns: 100 },
    );
  });
});
