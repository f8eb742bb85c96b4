import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregateCommitments, indexCommitments, type Dataset } from "../../src/index.js";
import { seedDataset } from "../../src/fixtures.js";
import { sortIds } from "../../src/internal/index/sort-ids.js";

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
});

describe("the sort of ids behind the index", () => {
  const idCharacter = fc.constantFrom(..."+-./0123456789:ABCXYZ_abcxyz");
  // `size: "max"`: fast-check's default size would keep every list under 11 ids, below the
  // 17 at which the radix sort starts; the shared stems make runs longer than one packed window.
  const id = fc
    .tuple(fc.constantFrom("", "gb-ground-troops-", "gb-ground-troops-2025-03-", "a"), fc.string({ unit: idCharacter, maxLength: 24, size: "max" }))
    .map(([stem, tail]) => stem + tail);
  const sorted = (list: readonly string[]) => Array.from(sortIds(list), (i) => list[i]);

  it("orders ids that differ only far into what it reads at once, and repeated ids", () => {
    const late = [..."0123456789abcdefghij"].map((last) => `abcdefg${last}`);
    const list = [...late, "z", "abcdefg", "abcdefg", "abcdefg0", ...late].reverse();
    expect(sorted(list)).toEqual([...list].sort());
  });

  it("orders long runs sharing long prefixes", () => {
    const list = Array.from({ length: 5000 }, (_, i) => `gb-ground-troops-${(i * 7919) % 5000}`);
    expect(Array.from(sortIds(list), (i) => list[i])).toEqual([...list].sort());
  });
});
