// Getters and Proxies that change their answer between reads: the parser reads each
// value of the input once, so the limits it checks hold for what it parses. (A list
// read twice, once for its length and once by the schema, let a getter pass the
// check with one item and hand the schema sixteen million.)
import { describe, expect, it } from "vitest";
import { LIMITS, type PathSegment } from "../../src/index.js";
import { safeParseDataset } from "../../src/schema.js";
import { validDataset } from "./valid-dataset.js";

/** Makes `target[key]` answer `first` on the first read and `later` on every other; returns the count of reads. */
function changing(target: object, key: string, first: unknown, later: () => unknown): { reads: () => number } {
  let reads = 0;
  Object.defineProperty(target, key, {
    enumerable: true,
    get: () => (reads++ === 0 ? first : later()),
  });
  return { reads: () => reads };
}

/** `length` holes: a few bytes that claim `length` slots. */
function holes(length: number): unknown[] {
  const list: unknown[] = [];
  list.length = length;
  return list;
}

const sourcesOf = (result: ReturnType<typeof safeParseDataset>) =>
  result.success ? result.data.commitments.map((commitment) => commitment.sources) : result.error.issues.map(({ code, path }) => ({ code, path }));

describe("a getter that answers differently on a later read", () => {
  it("is read once: one source at the length check is one source parsed, not 10,001", () => {
    const document = validDataset();
    const commitment = document.commitments[0] as Record<string, unknown>;
    delete commitment.sources;
    const hostile = changing(commitment, "sources", ["s-march"], () => Array.from({ length: LIMITS.listLength + 1 }, () => "s-march"));
    const result = safeParseDataset(document);
    expect(sourcesOf(result)[0]).toEqual(["s-march"]);
    expect(hostile.reads()).toBe(1);
  });

  it("cannot hand the schema sixteen million holes after a check of one item", () => {
    const document = validDataset();
    const commitment = document.commitments[0] as Record<string, unknown>;
    delete commitment.sources;
    changing(commitment, "sources", ["s-march"], () => holes(16_000_000));
    const started = performance.now();
    expect(sourcesOf(safeParseDataset(document))[0]).toEqual(["s-march"]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("is read once in the dataset's header too (notes)", () => {
    const document = validDataset() as Record<string, unknown>;
    const hostile = changing(document, "notes", ["one note"], () => Array.from({ length: LIMITS.listLength + 1 }, () => "a note"));
    const result = safeParseDataset(document);
    expect(result.success ? result.data.notes : result.error.issues).toEqual(["one note"]);
    expect(hostile.reads()).toBe(1);
  });

  it("reports the limit when the one read is the long list", () => {
    const document = validDataset();
    const commitment = document.commitments[0] as Record<string, unknown>;
    delete commitment.sources;
    changing(commitment, "sources", holes(LIMITS.listLength + 1), () => ["s-march"]);
    expect(sourcesOf(safeParseDataset(document))).toEqual([{ code: "too_long", path: ["commitments", 0, "sources"] }]);
  });
});

describe("a Proxy that changes its answer", () => {
  it("is read once: a list claiming one item, then three million, is parsed with one", () => {
    let lengthReads = 0;
    const sources = new Proxy(["s-march"], {
      get: (target, key, receiver) => (key === "length" ? (lengthReads++ === 0 ? 1 : 3_000_000) : Reflect.get(target, key, receiver)),
    });
    const document = validDataset();
    (document.commitments[0] as Record<string, unknown>).sources = sources;
    expect(sourcesOf(safeParseDataset(document))[0]).toEqual(["s-march"]);
    expect(lengthReads).toBe(1);
  });

  it("is read once in a condition's list", () => {
    let lengthReads = 0;
    const of = new Proxy([{ kind: "peace", form: "agreement", country: "UA" }], {
      get: (target, key, receiver) => (key === "length" ? (lengthReads++ === 0 ? 1 : LIMITS.listLength + 1) : Reflect.get(target, key, receiver)),
    });
    const document = validDataset();
    (document.commitments[0] as Record<string, unknown>).condition = { kind: "any", of };
    const result = safeParseDataset(document);
    expect(result.success ? result.data.commitments[0]?.condition : result.error.issues).toEqual({
      kind: "any",
      of: [{ kind: "peace", form: "agreement", country: "UA" }],
    });
    expect(lengthReads).toBe(1);
  });

  it("is read at most once in every field and item of a whole dataset", () => {
    const reads = new Map<string, number>();
    /** The value behind a Proxy that counts the reads of each of its fields, all the way down. */
    const counted = (value: unknown, path: readonly PathSegment[]): unknown => {
      if (typeof value !== "object" || value === null) return value;
      const wrapped = Array.isArray(value) ? value.map((item, i) => counted(item, [...path, i])) : Object.fromEntries(Object.entries(value).map(([key, item]) => [key, counted(item, [...path, key])]));
      return new Proxy(wrapped, {
        get(target, key, receiver) {
          if (typeof key === "string") {
            const at = JSON.stringify([...path, key]);
            reads.set(at, (reads.get(at) ?? 0) + 1);
          }
          return Reflect.get(target, key, receiver);
        },
      });
    };
    const result = safeParseDataset(counted(validDataset(), []));
    expect(result.success).toBe(true);
    expect([...reads].filter(([, count]) => count > 1)).toEqual([]);
    // Every record field was read: the count covers the dataset, not an empty walk.
    expect(reads.get(JSON.stringify(["commitments", 0, "sources"]))).toBe(1);
  });
});
