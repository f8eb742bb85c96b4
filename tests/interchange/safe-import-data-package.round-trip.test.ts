// Export then import gives back an equal dataset: every record, every optional field,
// every date at its precision, every quantity and claim, every condition. The one thing
// tables cannot tell apart is an optional list left empty from one left out (`hosts: []`
// and no hosts): both are no items, and come back left out.
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/index.js";
import { exportDataPackage, safeImportDataPackage, type ImportDataPackageOptions } from "../../src/interchange.js";
import { referenceDataset, seedDataset } from "../../src/fixtures.js";

function roundTrip(dataset: Dataset, options: ImportDataPackageOptions = {}): Dataset {
  const result = safeImportDataPackage(exportDataPackage(dataset).files, options);
  if (!result.success) throw new Error(result.error.message);
  return result.data;
}

describe("a dataset exported to a Data Package and imported again", () => {
  it("is the seed dataset again, record for record", () => {
    const seed = seedDataset();
    // The seed extends the reference dataset, which the import finds as the parser would.
    expect(roundTrip(seed, { resolve: () => referenceDataset() })).toEqual(seed);
  });
});
