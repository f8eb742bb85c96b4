// Export then import gives back an equal dataset: every record, every optional field,
// every date at its precision, every quantity and claim, every condition. The one thing
// tables cannot tell apart is an optional list left empty from one left out (`hosts: []`
// and no hosts): both are no items, and come back left out.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/index.js";
import { exportDataPackage, safeImportDataPackage, type ImportDataPackageOptions } from "../../src/interchange.js";
import { parseDataset } from "../../src/schema.js";
import { v2DatasetDocument } from "../arbitraries/v2-records.js";

/** The dataset with every empty optional list inside its records left out, as the tables give it back. */
function withoutEmptyLists(dataset: Dataset): unknown {
  const strip = (value: unknown, kept?: string): unknown => {
    if (Array.isArray(value)) return value.map((item) => strip(item));
    if (typeof value !== "object" || value === null) return value;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (!(Array.isArray(item) && item.length === 0 && key !== kept)) out[key] = strip(item);
    }
    return out;
  };
  return Object.fromEntries(
    Object.entries(dataset).map(([key, value]) => [key, Array.isArray(value) && key !== "notes" ? value.map((record) => strip(record, ALWAYS_LISTED[key])) : value]),
  );
}
/** The list a parsed record of a collection always has, empty or not. */
const ALWAYS_LISTED: Partial<Record<string, string>> = { organizations: "memberships", coalitions: "participants" };

function roundTrip(dataset: Dataset, options: ImportDataPackageOptions = {}): Dataset {
  const result = safeImportDataPackage(exportDataPackage(dataset).files, options);
  if (!result.success) throw new Error(result.error.message);
  return result.data;
}

describe("a dataset exported to a Data Package and imported again", () => {
  it("is the same dataset, for generated datasets of every kind of record, model v2's too", () => {
    fc.assert(
      fc.property(v2DatasetDocument(), (document) => {
        const dataset = parseDataset(document);
        expect(withoutEmptyLists(roundTrip(dataset))).toEqual(withoutEmptyLists(dataset));
      }),
      { numRuns: 200 },
    );
  });

  it("is the same dataset for large generated datasets too", () => {
    fc.assert(
      fc.property(v2DatasetDocument({ maxRecords: 25, minRecords: 5, maxConditionDepth: 4 }), (document) => {
        const dataset = parseDataset(document);
        expect(withoutEmptyLists(roundTrip(dataset))).toEqual(withoutEmptyLists(dataset));
      }),
      { numRuns: 15 },
    );
  });
});
