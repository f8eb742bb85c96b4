// The interchange functions, given arguments of the wrong shape by a caller without types:
// files that are no list of files, a file missing its path or its content, a base that is
// no dataset, a row group size that is no count. Each is refused with invalid_argument
// naming the argument; what the tables hold stays the import's to report as issues.
import { describe, expect, it } from "vitest";
import { referenceDataset, seedDataset } from "../../src/fixtures.js";
import { isCoalitionError } from "../../src/index.js";
import { exportDataPackage, importCommitmentsSheet, safeImportCommitmentsSheet, safeImportDataPackage } from "../../src/interchange.js";
import { exportParquet } from "../../src/parquet.js";

function refusal(call: () => unknown): string {
  try {
    call();
    return "answered";
  } catch (error) {
    if (!isCoalitionError(error)) return `${(error as Error).name}: ${(error as Error).message}`;
    return error.code === "invalid_argument" ? `invalid_argument ${error.argument}: ${error.message}` : error.code;
  }
}

const header = "id,title\r\ntiny,Tiny\r\n";

describe("safeImportDataPackage's files", () => {
  it("takes each file as text or as bytes", () => {
    const asText = safeImportDataPackage([{ path: "dataset.csv", text: header }]);
    const asBytes = safeImportDataPackage([{ path: "dataset.csv", bytes: new TextEncoder().encode(header) }]);
    expect([asText.success, asBytes.success]).toEqual([true, true]);
  });

  it("refuses a file missing its path or its content, and files that are no list", () => {
    expect(refusal(() => safeImportDataPackage([{ text: header }] as never))).toBe("invalid_argument files: files must be a list of files, each with a path and its text or bytes, not an array");
    expect(refusal(() => safeImportDataPackage([{ path: "dataset.csv" }] as never))).toMatch(/^invalid_argument files:/);
    expect(refusal(() => safeImportDataPackage([{ path: "dataset.csv", bytes: [1, 2] }] as never))).toMatch(/^invalid_argument files:/);
    expect(refusal(() => safeImportDataPackage({ "dataset.csv": header } as never))).toBe("invalid_argument files: files must be a list of files, each with a path and its text or bytes, not an object");
  });

  it("refuses a base that is no dataset by the name base, and takes a list of datasets", () => {
    expect(refusal(() => safeImportDataPackage([], { base: {} as never }))).toBe("invalid_argument base: base must be a parsed dataset or a list of them, not an object");
    expect(refusal(() => safeImportDataPackage([{ path: "dataset.csv", text: header }], { base: [referenceDataset()] }))).toBe("answered");
  });
});

describe("the commitments sheet", () => {
  it("refuses a base that is no dataset, which the sheet's reader would otherwise read as one", () => {
    expect(refusal(() => safeImportCommitmentsSheet("actor\r\nPL", { base: { states: null } as never }))).toMatch(/^invalid_argument base:/);
    expect(refusal(() => importCommitmentsSheet(42 as never))).toBe("invalid_argument text: text must be a string, not 42");
  });
});

describe("the exports", () => {
  it("refuses descriptor that is no boolean", () => {
    expect(refusal(() => exportDataPackage(seedDataset(), { descriptor: "no" as never }))).toBe('invalid_argument descriptor: descriptor must be true or false, not "no"');
  });

  it("rejects a row group size that is no whole number of at least 1, with the promise", async () => {
    for (const size of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      const error: unknown = await exportParquet(seedDataset(), { rowGroupSize: size }).then(
        () => "resolved",
        (reason: unknown) => reason,
      );
      expect(isCoalitionError(error) && error.code === "invalid_argument" && error.argument, String(size)).toBe("rowGroupSize");
    }
  });
});
