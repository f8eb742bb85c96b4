// The signature of `coalition/parquet`. Type-checked only (vitest typecheck and `tsc`), never run.
import { describe, expectTypeOf, it } from "vitest";
import type { Dataset } from "../../src/index.js";
import type { InterchangeFiles } from "../../src/interchange.js";
import { exportParquet, type ExportParquetOptions } from "../../src/parquet.js";

describe("coalition/parquet", () => {
  it("exports a dataset as Parquet files, asynchronously", () => {
    expectTypeOf(exportParquet).parameters.toEqualTypeOf<[Dataset, ExportParquetOptions?]>();
    expectTypeOf(exportParquet).returns.toEqualTypeOf<Promise<InterchangeFiles>>();
  });
});
