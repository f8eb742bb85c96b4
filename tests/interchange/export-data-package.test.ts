// The Data Package the library writes is one a Frictionless validator accepts: its
// descriptor validates against the published JSON Schema of Data Package 2.0 (kept in
// ./fixtures, see its README), and every CSV row conforms to its Table Schema: types,
// required fields, enums, patterns, primary and foreign keys. And its missing values
// keep "not given", "unknown" and "not applicable" apart.
import Ajv from "ajv";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/index.js";
import { exportDataPackage } from "../../src/interchange.js";
import { seedDataset } from "../../src/fixtures.js";
import { parseDataset } from "../../src/schema.js";
import { generateDataset } from "../../bench/generate-dataset.js";
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
  it("validates against the Data Package 2.0 profile, and its rows against their Table Schemas, for the seed dataset", () => {
    expect(problemsOf(seedDataset())).toEqual([]);
  });

  it("validates for a generated dataset of 5,000 commitments", () => {
    expect(problemsOf(parseDataset(generateDataset(5_000, { seed: 3 })))).toEqual([]);
  });

  it("is refused by the check when a row breaks its schema, so the check can fail", () => {
    const { descriptor, files } = packageOf(seedDataset());
    files.set("commitments.csv", (files.get("commitments.csv") as string).replace(",ready,", ",keen,"));
    expect(checkTables(descriptor, files).some((problem) => problem.includes('"keen" is not in its enum'))).toBe(true);
    expect(validateDescriptor({ resources: [] })).toBe(false);
  });

  it('labels "not given", "unknown" and "not applicable" apart, each column with the tokens it may hold', () => {
    const { descriptor } = packageOf(seedDataset());
    const commitments = descriptor.resources.find((resource) => resource.name === "commitments")?.schema as unknown as {
      missingValues: { value: string; label: string }[];
      fields: { name: string; missingValues?: { value: string; label: string }[] }[];
    };
    const field = (name: string) => commitments.fields.find((candidate) => candidate.name === name);
    expect(commitments.missingValues.map((token) => token.value)).toEqual([""]);
    expect(field("date")?.missingValues?.map((token) => token.value)).toEqual(["unknown"]);
    expect(field("location_detail")?.missingValues?.map((token) => token.value)).toEqual(["", "n/a"]);
    expect(field("note")?.missingValues).toBeUndefined();
    const labels = [...(field("date")?.missingValues ?? []), ...(field("location_detail")?.missingValues ?? [])].map((token) => token.label.split(":")[0]);
    expect(new Set(labels)).toEqual(new Set(["not given", "unknown", "not applicable"]));
  });
});
