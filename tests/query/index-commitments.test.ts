import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregateCommitments, changesBetween, indexCommitments, type Dataset } from "../../src/index.js";
import { seedDataset } from "../../src/fixtures.js";
import { sortIds } from "../../src/internal/index/sort-ids.js";
import { synthetic } from "./helpers.js";

describe("indexCommitments", () => {
  it("indexes every commitment of the dataset, and keeps the dataset unchanged", () => {
    const seed = seedDataset();
    const before = JSON.stringify(seed);
    const index = indexCommitments(seed);
    expect(index.kind).toBe("commitment-index");
    expect(index.size).toBe(seed.commitments.length);
    expect(index.dataset).toBe(seed);
    expect(JSON.stringify(seed)).toBe(before);
  });

  it("indexes an empty dataset", () => {
    const empty: Dataset = { ...seedDataset(), commitments: [] };
    expect(aggregateCommitments(indexCommitments(empty)).buckets).toEqual([]);
  });

  it("answers alike when reused across many queries, as a fresh index does", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), (seed) => {
        const data = synthetic(200, seed);
        const index = indexCommitments(data);
        for (const claimPolicy of ["latest", "all", "most-authoritative"] as const) {
          const options = { by: "location", asOf: "2022", claimPolicy } as const;
          expect(aggregateCommitments(index, options)).toEqual(aggregateCommitments(data, options));
        }
        expect(changesBetween(index, { from: "2020", to: "2023" })).toEqual(changesBetween(data, { from: "2020", to: "2023" }));
      }),
      { numRuns: 10 },
    );
  });
});

describe("the sort of ids behind the index", () => {
  const idCharacter = fc.constantFrom(..."+-./0123456789:ABCXYZ_abcxyz");
  // `size: "max"`: fast-check's default size would keep every list under 11 ids, below the
  // 17 at which the radix sort starts; the shared stems make runs longer than one packed window.
  const id = fc
    .tuple(fc.constantFrom("", "gb-ground-troops-", "gb-ground-troops-2025-03-", "a"), fc.string({ unit: idCharacter, maxLength: 24, size: "max" }))
    .map(([stem, tail]) => stem + tail);
  const sorted = (list: readonly string[]) => Array.from(sortIds(list), (i) => list[i]);

  it("orders ids as a sort by code unit does", () => {
    fc.assert(
      fc.property(fc.array(id, { maxLength: 300, size: "max" }), (list) => {
        expect(sorted(list)).toEqual([...list].sort());
      }),
      { numRuns: 200 },
    );
  });

  it("orders ids that differ only far into what it reads at once, and repeated ids", () => {
    const late = [..."0123456789abcdefghij"].map((last) => `abcdefg${last}`);
    const list = [...late, "z", "abcdefg", "abcdefg", "abcdefg0", ...late].reverse();
    expect(sorted(list)).toEqual([...list].sort());
  });

  it("orders long runs sharing long prefixes", () => {
    const list = Array.from({ length: 5000 }, (_, i) => `gb-ground-troops-${(i * 7919) % 5000}`);
    expect(Array.from(sortIds(list), (i) => list[i])).toEqual([...list].sort());
  });

  it("falls back to a comparator sort for characters an id may not hold", () => {
    // A space, other ASCII, accents, a lone surrogate: none is a character of an id.
    const anyCharacter = fc.oneof(idCharacter, fc.constantFrom(" ", "#", "~", "é", "€", "\ud83d", "\u{1f600}"));
    fc.assert(
      fc.property(fc.array(fc.string({ unit: anyCharacter, maxLength: 6 }), { minLength: 17, maxLength: 60 }), (list) => {
        expect(sorted(list)).toEqual([...list].sort());
      }),
      { numRuns: 100 },
    );
  });
});
