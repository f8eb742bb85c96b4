import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregateCommitments, changesBetween, indexCommitments } from "../../src/index.js";
import { sortIds } from "../../src/internal/index/sort-ids.js";
import { synthetic } from "./helpers.js";

describe("indexCommitments", () => {
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
