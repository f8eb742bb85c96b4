// The signatures of `coalition/schema`: the parser, its safe twin narrowed on `success`,
// and the JSON Schema. Type-checked only (vitest typecheck and `tsc`), never run.
import { describe, expectTypeOf, it } from "vitest";
import type { Dataset, DatasetIssue, InvalidDatasetError } from "../../src/index.js";
import { datasetJsonSchema, parseDataset, safeParseDataset, type ParseDatasetOptions, type SafeParseDatasetResult } from "../../src/schema.js";

describe("coalition/schema", () => {
  it("parses anything into a dataset, or throws", () => {
    expectTypeOf(parseDataset).parameters.toEqualTypeOf<[unknown, ParseDatasetOptions?]>();
    expectTypeOf(parseDataset).returns.toEqualTypeOf<Dataset>();
  });

  it("parses safely: the dataset on success, the error with its issues otherwise", () => {
    expectTypeOf(safeParseDataset).parameters.toEqualTypeOf<[unknown, ParseDatasetOptions?]>();
    expectTypeOf(safeParseDataset).returns.toEqualTypeOf<SafeParseDatasetResult>();
    const result = safeParseDataset({});
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<Dataset>();
    else {
      expectTypeOf(result.error).toEqualTypeOf<InvalidDatasetError>();
      expectTypeOf(result.error.issues).toEqualTypeOf<readonly DatasetIssue[]>();
    }
  });

  it("gives the JSON Schema as a plain object", () => {
    expectTypeOf(datasetJsonSchema).parameters.toEqualTypeOf<[]>();
    expectTypeOf(datasetJsonSchema).returns.toEqualTypeOf<Record<string, unknown>>();
  });
});
