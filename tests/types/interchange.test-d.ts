// The signatures of `coalition/interchange`: export, and each import with its safe twin
// narrowed on `success`. Type-checked only (vitest typecheck and `tsc`), never run.
import { describe, expectTypeOf, it } from "vitest";
import type { Dataset } from "../../src/index.js";
import {
  exportDataPackage,
  importCommitmentsSheet,
  importDataPackage,
  safeImportCommitmentsSheet,
  safeImportDataPackage,
  type ExportDataPackageOptions,
  type ImportCommitmentsSheetOptions,
  type ImportDataPackageOptions,
  type ImportIssue,
  type InterchangeFile,
  type InterchangeFiles,
  type SafeImportResult,
} from "../../src/interchange.js";

describe("coalition/interchange", () => {
  it("exports a dataset as files", () => {
    expectTypeOf(exportDataPackage).parameters.toEqualTypeOf<[Dataset, ExportDataPackageOptions?]>();
    expectTypeOf(exportDataPackage).returns.toEqualTypeOf<InterchangeFiles>();
  });

  it("imports a Data Package's files and a commitments sheet's text", () => {
    expectTypeOf(importDataPackage).parameters.toEqualTypeOf<[readonly InterchangeFile[], ImportDataPackageOptions?]>();
    expectTypeOf(importDataPackage).returns.toEqualTypeOf<Dataset>();
    expectTypeOf(safeImportDataPackage).parameters.toEqualTypeOf<[readonly InterchangeFile[], ImportDataPackageOptions?]>();
    expectTypeOf(safeImportDataPackage).returns.toEqualTypeOf<SafeImportResult>();
    expectTypeOf(importCommitmentsSheet).parameters.toEqualTypeOf<[string, ImportCommitmentsSheetOptions?]>();
    expectTypeOf(importCommitmentsSheet).returns.toEqualTypeOf<Dataset>();
    expectTypeOf(safeImportCommitmentsSheet).parameters.toEqualTypeOf<[string, ImportCommitmentsSheetOptions?]>();
    expectTypeOf(safeImportCommitmentsSheet).returns.toEqualTypeOf<SafeImportResult>();
  });

  it("narrows a safe import on success: the dataset, or the import's issues", () => {
    const result = safeImportCommitmentsSheet("");
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<Dataset>();
    else {
      expectTypeOf(result.error.code).toEqualTypeOf<"invalid_dataset">();
      expectTypeOf(result.error.issues).toEqualTypeOf<readonly ImportIssue[]>();
    }
  });
});
