// A commitments sheet's dataset as a whole: a problem with the dataset's own id belongs
// to no row, and a speaker the sheet names on several rows is declared once.
import { describe, expect, it } from "vitest";
import { safeImportCommitmentsSheet, type ImportIssue } from "../../src/interchange.js";
import { referenceDataset } from "../../src/fixtures.js";

const HEADER = "actor,speaker,type,stance,date,sources,source_kind,source_publisher,source_date";
const row = (actor: string, speaker: string) => `${actor},${speaker},peacekeepers,ready,2025-03-13,bbc-1,media-on-record,BBC,2025-03-13`;
const sheet = (...rows: string[]) => [HEADER, ...rows].join("\r\n");

describe("a commitments sheet imported under a dataset id that is no id", () => {
  it("reports the id against the sheet's file, with no row and no column", () => {
    const result = safeImportCommitmentsSheet(sheet(row("GB", "GB.head-of-government")), { base: referenceDataset(), id: "Not An Id!", file: "pledges.csv" });
    const issues = result.success ? [] : (result.error.issues as readonly ImportIssue[]);
    expect(issues.map(({ file, row, column, path }) => ({ file, row, column, path }))).toEqual([{ file: "pledges.csv", row: null, column: null, path: ["id"] }]);
  });
});

describe("a commitments sheet naming the same speaker on two rows", () => {
  it("declares the speaker's institution once, and both commitments are stated by it", () => {
    const result = safeImportCommitmentsSheet(sheet(row("GB", "GB.head-of-government"), row("GB", "GB.head-of-government")), { base: referenceDataset() });
    if (!result.success) throw new Error(result.error.message);
    expect(result.data.institutions.filter((institution) => institution.id === "GB.head-of-government")).toHaveLength(1);
    expect(result.data.commitments.map((commitment) => commitment.statedBy)).toEqual([
      { institution: "GB.head-of-government" },
      { institution: "GB.head-of-government" },
    ]);
  });
});
