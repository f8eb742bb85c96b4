// What an import of tables says when they are wrong: every problem at once, each where
// a person finds it (file, row as a spreadsheet counts it, column), and no dataset.
import { describe, expect, it } from "vitest";
import { isCoalitionError, type CoalitionError } from "../../src/index.js";
import { importDataPackage } from "../../src/interchange.js";
const SOURCES = { path: "sources.csv", text: "id,kind,publisher,date\r\ns1,media-on-record,Demo News,2025-03\r\n" };

describe("an import of tables with problems", () => {
  it("throws the library's error from importDataPackage, with the problems in its message", () => {
    let caught: unknown;
    try {
      importDataPackage([SOURCES]);
    } catch (error) {
      caught = error;
    }
    expect(isCoalitionError(caught) && (caught as CoalitionError).message).toBe("Invalid import: 1 problem\ndataset.csv: dataset.csv is missing: it gives the dataset's id and title (missing_field)");
  });
});
