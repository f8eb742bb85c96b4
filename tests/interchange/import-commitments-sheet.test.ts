// A commitments sheet as a newsroom keeps it, one row per statement, read into a
// dataset: what it gives when it is right, and every mistake at once, each with its row
// and column, when it is not.
import { describe, expect, it } from "vitest";
import { importCommitmentsSheet } from "../../src/interchange.js";

describe("what a commitments sheet declares by itself", () => {
  it("throws from importCommitmentsSheet, with every problem", () => {
    expect(() => importCommitmentsSheet("actor,type,stance,date\r\nGB,air,ready,2025")).toThrow("Invalid import: 1 problem\ncommitments.csv, row 2, column sources: every record needs at least one source (missing_source)");
  });
});
