// Tables written by hand whose cells do not fit their row's kind: each problem is told
// by its file, row and column; and a location may leave unsaid what its kind lets it.
import { describe, expect, it } from "vitest";
import { exportDataPackage, safeImportDataPackage, type ImportIssue, type InterchangeFile } from "../../src/interchange.js";

const DATASET = { path: "dataset.csv", text: "id,title\r\ndemo,Demo\r\n" };
const SOURCES = { path: "sources.csv", text: "id,kind,publisher,date\r\ns1,media-on-record,Demo News,2025-03\r\n" };
const ACTORS = { path: "actors.csv", text: "kind,id,name,organization_kind,leads,sources\r\nstate,IE,n/a,n/a,n/a,n/a\r\ncoalition,cw,The coalition,n/a,IE,s1\r\n" };
const claims = (...rows: string[]) => ({ path: "claims.csv", text: ["record_table,record,field,seq,kind,low,high,value,unit,sources", ...rows].join("\r\n") });
const commitments = (...rows: string[]) => ({
  path: "commitments.csv",
  text: ["id,actor,type,stance,date,sources,location,location_country,location_detail,location_away_from_line_of_contact", ...rows].join("\r\n"),
});

/** The cells of the first row of the commitments table exported, by column. */
function commitmentCells(files: readonly InterchangeFile[]): Record<string, string | undefined> {
  const exported = files.find((file) => file.path === "commitments.csv");
  const [header = "", row = ""] = (exported !== undefined && "text" in exported ? exported.text : "").split("\r\n");
  return Object.fromEntries(header.split(",").map((name, i) => [name, row.split(",")[i]]));
}

function problems(files: readonly InterchangeFile[], base: readonly InterchangeFile[] = [DATASET, SOURCES, ACTORS]): string[] {
  const result = safeImportDataPackage([...base, ...files]);
  if (result.success) throw new Error("the tables were accepted");
  return (result.error.issues as readonly ImportIssue[]).map(({ file, row, column, code, message }) => `${file} ${row ?? "-"} ${column ?? "-"} ${code}: ${message}`);
}

describe("a count claimed in the claims table", () => {
  it("needs a unit: a count without one is told at the unit column", () => {
    expect(problems([claims("coalitions,cw,participant_count,1,exact,3,3,n/a,,s1")])).toEqual(["claims.csv 2 unit missing_field: of is required"]);
  });

  it("needs its one figure: at least nothing is told at the low column, at most nothing at the high column", () => {
    expect(problems([claims("coalitions,cw,participant_count,1,at-least,,,n/a,countries,s1")])).toEqual(["claims.csv 2 low missing_field: value is required"]);
    expect(problems([claims("coalitions,cw,participant_count,1,at-most,,,n/a,countries,s1")])).toEqual(["claims.csv 2 high missing_field: value is required"]);
  });
});

describe("the away-from-the-line-of-contact flag of a location", () => {
  it("is a problem on a location of another kind than areas", () => {
    expect(problems([commitments("c1,IE,peacekeepers,ready,2025,s1,in-country,UA,n/a,true")])).toEqual([
      'commitments.csv 2 location_away_from_line_of_contact invalid_format: a location of kind in-country is not said to be away from the line of contact: write "n/a"',
    ]);
  });

  it("on areas, is a problem when it is neither true nor false", () => {
    expect(problems([commitments("c1,IE,peacekeepers,ready,2025,s1,areas,UA,the west,maybe")])).toEqual([
      'commitments.csv 2 location_away_from_line_of_contact invalid_format: "maybe" is neither true nor false',
    ]);
  });

  it("may be left empty on areas, which then carry no flag, and exports as an empty cell", () => {
    const result = safeImportDataPackage([DATASET, SOURCES, ACTORS, commitments("c1,IE,peacekeepers,ready,2025,s1,areas,UA,the west,")]);
    if (!result.success) throw new Error(result.error.message);
    expect(result.data.commitments[0]?.location).toEqual({ kind: "areas", country: "UA", description: "the west" });
    expect(commitmentCells(exportDataPackage(result.data).files)).toMatchObject({ location: "areas", location_country: "UA", location_detail: "the west", location_away_from_line_of_contact: "" });
  });
});

describe("a location of a bloc's territory that names no country it borders", () => {
  it("imports without the country, and exports an empty country cell", () => {
    const actors = { path: "actors.csv", text: "kind,id,name,organization_kind\r\nstate,IE,n/a,n/a\r\norganization,eu,European Union,union\r\n" };
    const result = safeImportDataPackage([DATASET, SOURCES, actors, commitments("c1,IE,peacekeepers,ready,2025,s1,bloc-territory,,eu,")]);
    if (!result.success) throw new Error(result.error.message);
    expect(result.data.commitments[0]?.location).toEqual({ kind: "bloc-territory", bloc: "eu" });
    expect(commitmentCells(exportDataPackage(result.data).files)).toMatchObject({ location: "bloc-territory", location_country: "", location_detail: "eu" });
  });
});

describe("a CSV cell with text after its closing quote", () => {
  it("is reported as malformed CSV on its row", () => {
    const text = 'id,kind,publisher,date\r\n"s1"x,media-on-record,Demo News,2025\r\n';
    expect(problems([{ path: "sources.csv", text }], [DATASET])).toContain("sources.csv 2 - invalid_format: malformed CSV: Trailing quote on quoted field is malformed");
  });
});
