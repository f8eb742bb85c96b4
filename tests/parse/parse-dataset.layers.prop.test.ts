// An extended dataset answers exactly like the same records written in one file: any
// valid document, split into a base and an extension that adds the rest of its
// statements and redeclares records to add list items, parses to the same records, and
// the queries and aggregation answer the same.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { actorsByStance, aggregateCommitments, type Dataset } from "../../src/index.js";
import { parseDataset, safeParseDataset } from "../../src/schema.js";
import { validDatasetDocument, type DatasetInput } from "../arbitraries/dataset.js";

type Doc = Record<string, unknown>;
type Item = Record<string, unknown>;

/** The statements: records no other collection's record refers to by id. */
const LEAVES = ["commitments", "positions", "events", "pledgeCounts"] as const;
/** Records whose list a later layer may add items to, by collection and list. */
const LISTS = [
  ["organizations", "memberships"],
  ["coalitions", "participants"],
  ["persons", "offices"],
] as const;

const distinct = (items: readonly unknown[]) => new Set(items.map((item) => JSON.stringify(item))).size === items.length;

/**
 * The document as two layers: the base holds every record but the later statements
 * (those from `cut` on, per collection), and the first items of each list; the
 * extension holds the later statements, and redeclares each record with a list split,
 * restating its other fields and giving the rest of the list.
 */
function split(document: DatasetInput, cut: number): { base: Doc; extension: Doc } {
  const whole = structuredClone(document) as Doc;
  const base: Doc = { ...whole, id: `${String(whole.id)}-base` };
  // The header is the extension's own: the dataset's id, title, notes and the rest.
  const extension: Doc = Object.fromEntries(Object.entries(whole).filter(([key]) => !Array.isArray(whole[key]) || key === "notes"));
  extension.extends = [{ id: base.id }];
  for (const name of LEAVES) {
    const records = (whole[name] as Item[] | undefined) ?? [];
    base[name] = records.slice(0, cut);
    extension[name] = records.slice(cut);
  }
  for (const [name, list] of LISTS) {
    const records = (whole[name] as Item[] | undefined) ?? [];
    base[name] = records.map((record) => {
      const items = record[list] as unknown[] | undefined;
      if (items === undefined || items.length < 2 || !distinct(items)) return record;
      const half = Math.ceil(items.length / 2);
      ((extension[name] ??= []) as Item[]).push({ ...record, [list]: items.slice(half) });
      return { ...record, [list]: items.slice(0, half) };
    });
  }
  return { base, extension };
}

const withoutLayers = ({ layers: _layers, extends: _extends, ...rest }: Dataset) => rest;

describe("an extended dataset", () => {
  it("answers exactly like the same records written in one file", () => {
    let compared = 0;
    fc.assert(
      fc.property(validDatasetDocument({ maxRecords: 6 }), fc.nat({ max: 6 }), (document, cut) => {
        const { base, extension } = split(document, cut);
        // A base statement may name a later one (supersedes): that split is no valid base.
        fc.pre(safeParseDataset(base).success);
        const layered = parseDataset(extension, { resolve: () => structuredClone(base) });
        const single = parseDataset(document);
        expect(withoutLayers(layered)).toEqual({ ...withoutLayers(single), id: single.id });
        expect(aggregateCommitments(layered)).toEqual(aggregateCommitments(single));
        for (const type of new Set(single.commitments.map((commitment) => commitment.type))) {
          expect(actorsByStance(layered, type, { includeSubtypes: true })).toEqual(actorsByStance(single, type, { includeSubtypes: true }));
        }
        compared++;
      }),
      { numRuns: 150 },
    );
    expect(compared).toBeGreaterThan(100);
  });
});
