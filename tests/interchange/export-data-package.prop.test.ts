// The Data Package the library writes is one a Frictionless validator accepts: its
// descriptor validates against the published JSON Schema of Data Package 2.0 (kept in
// ./fixtures, see its README), and every CSV row conforms to its Table Schema: types,
// required fields, enums, patterns, primary and foreign keys. And its missing values
// keep "not given", "unknown" and "not applicable" apart.
import Ajv from "ajv";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/index.js";
import { exportDataPackage } from "../../src/interchange.js";
import { parseDataset } from "../../src/schema.js";
import { v2DatasetDocument } from "../arbitraries/v2-records.js";
import { checkTables } from "./table-schema-check.js";

const here = dirname(fileURLToPath(import.meta.url));
const profile = JSON.parse(readFileSync(join(here, "fixtures/datapackage-2.0.schema.json"), "utf8")) as object;
// The profile uses annotations (propertyOrder, context) and formats ("textarea") that are not JSON Schema's.
const validateDescriptor = new Ajv({ strict: false, validateFormats: false, allErrors: true }).compile(profile);

function packageOf(dataset: Dataset): { descriptor: { resources: { name: string; path: string; schema: never }[] } & Record<string, unknown>; files: Map<string, string> } {
  const files = new Map(exportDataPackage(dataset).files.map((file) => [file.path, "text" in file ? file.text : ""]));
  return { descriptor: JSON.parse(files.get("datapackage.json") as string), files };
}

/** Every problem a validator finds: of the descriptor against the profile, and of the rows against their schemas. */
function problemsOf(dataset: Dataset): string[] {
  const { descriptor, files } = packageOf(dataset);
  const valid = validateDescriptor(descriptor);
  const schemaProblems = valid ? [] : (validateDescriptor.errors ?? []).map((error) => `datapackage.json ${error.instancePath}: ${error.message}`);
  return [...schemaProblems, ...checkTables(descriptor, files)];
}

describe("the Data Package of a dataset", () => {
  it("validates for generated datasets of every kind of record, model v2's too", () => {
    fc.assert(
      fc.property(v2DatasetDocument({ maxRecords: 8 }), (document) => {
        expect(problemsOf(parseDataset(document))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
