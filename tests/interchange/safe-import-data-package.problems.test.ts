// What an import of tables says when they are wrong: every problem at once, each where
// a person finds it (file, row as a spreadsheet counts it, column), and no dataset.
import { describe, expect, it } from "vitest";
import { exportDataPackage, importDataPackage, safeImportDataPackage, type ImportIssue, type InterchangeFile } from "../../src/interchange.js";
import { referenceDataset, seedDataset } from "../../src/fixtures.js";

const DATASET = { path: "dataset.csv", text: "id,title\r\ndemo,Demo\r\n" };
const SOURCES = { path: "sources.csv", text: "id,kind,publisher,date\r\ns1,media-on-record,Demo News,2025-03\r\n" };
const ACTORS = { path: "actors.csv", text: "kind,id\r\nstate,IE\r\nstate,FR\r\n" };

function issues(files: readonly InterchangeFile[]): string[] {
  const result = safeImportDataPackage(files);
  if (result.success) throw new Error("the tables were accepted");
  return (result.error.issues as readonly ImportIssue[]).map(({ file, row, column, code }) => `${file} ${row ?? "-"} ${column ?? "-"} ${code}`);
}

const commitments = (...rows: string[]) => ({ path: "commitments.csv", text: ["id,actor,type,stance,date,sources,location,location_country,location_detail", ...rows].join("\r\n") });

describe("an import of tables with problems", () => {
  it("reports files that are no table, come twice, or are missing, and ignores files that are not CSV", () => {
    expect(issues([{ path: "notes.csv", text: "a\r\n1\r\n" }, SOURCES, SOURCES, { path: "README.md", text: "# hi" }])).toEqual([
      "dataset.csv - - missing_field",
      "sources.csv - - invalid_format",
      "notes.csv - - unknown_field",
    ]);
  });

  it("reports unknown, repeated and missing columns on the header row, and ragged rows", () => {
    expect(issues([DATASET, { path: "sources.csv", text: "id,kind,publisher,publisher,colour\r\ns1,media-on-record,Demo News,Demo News,red,extra\r\n" }])).toEqual([
      "sources.csv 1 publisher invalid_format",
      "sources.csv 1 colour unknown_field",
      "sources.csv 1 date missing_field",
      "sources.csv 2 - invalid_format",
      "sources.csv 2 date missing_field",
    ]);
  });

  it("reports a broken quote by its row", () => {
    expect(issues([DATASET, { path: "sources.csv", text: 'id,kind,publisher,date\r\n"s1,media-on-record,Demo News,2025\r\n' }])[0]).toBe("sources.csv 2 - invalid_format");
  });

  it("reports cells that are not what their column holds, once each", () => {
    const text = [
      "record_table,record,field,seq,kind,low,high,unit,sources",
      "commitments,c1,quantity,1,exact,ten,10,people,s1",
      "commitments,c1,quantity,x,range,1,2,people,s1",
      "commitments,c1,quantity,2,exact,3,4,people,s1;;s2",
      "commitments,c1,quantity,3,,3,4,people,s1",
      "events,e1,quantity,1,exact,1,1,people,s1",
      "commitments,c2,quantity,1,exact,1,1,people,s1",
      "commitments,c1,quantity,4,exact,,,people,s1",
    ].join("\r\n");
    expect(issues([DATASET, SOURCES, ACTORS, commitments("c1,IE,peacekeepers,ready,2025,s1,,,"), { path: "claims.csv", text }])).toEqual([
      "claims.csv 2 low invalid_format",
      "claims.csv 3 seq invalid_format",
      "claims.csv 4 high invalid_format",
      "claims.csv 4 sources invalid_format",
      "claims.csv 5 kind invalid_format",
      "claims.csv 6 field invalid_value",
      "claims.csv 7 record invalid_value",
      "claims.csv 8 low missing_field",
    ]);
  });

  it("reports locations whose columns do not fit their kind", () => {
    expect(issues([DATASET, SOURCES, ACTORS, commitments("c1,IE,peacekeepers,ready,2025,s1,,UA,", "c2,IE,peacekeepers,ready,2025,s1,in-country,UA,the north", "c3,IE,peacekeepers,ready,2025,s1,at-sea,UA,Black Sea", "c4,IE,peacekeepers,ready,2025,s1,on-the-moon,,", "c5,IE,peacekeepers,ready,2025,s1,on-the-moon,UA,")])).toEqual([
      "commitments.csv 2 location invalid_format",
      "commitments.csv 3 location_detail invalid_format",
      "commitments.csv 4 location_country invalid_format",
      "commitments.csv 5 location invalid_value",
      "commitments.csv 6 location invalid_value",
    ]);
  });

  it("reports actors of no kind, a second dataset row, a role that is none, counts with cells their kind does not have, votes of records that have none, and a text list that is no JSON", () => {
    const files = [
      { path: "dataset.csv", text: 'id,title,notes\r\ndemo,Demo,[1]\r\nagain,Again,not json\r\n' },
      SOURCES,
      { path: "actors.csv", text: "kind,id,name,organization_kind,leads,sources\r\nplanet,X1,,,,\r\ncoalition,cw,The coalition,n/a,IE,s1\r\nstate,IE,n/a,n/a,n/a,n/a\r\n" },
      { path: "proposals.csv", text: "id,title,proposed_by,date,sources\r\np1,Plan,IE,2025,s1\r\n" },
      { path: "provisions.csv", text: "proposal,role,seq,type\r\np1,wish,1,air\r\np2,provision,1,air\r\n" },
      { path: "votes.csv", text: "record_table,record,seq,yes,sources\r\nproposals,p1,1,3,s1\r\n" },
      {
        path: "claims.csv",
        text: [
          "record_table,record,field,seq,kind,low,high,value,unit,sources",
          "coalitions,cw,participant_count,1,at-least,31,40,n/a,participants,s1",
          "coalitions,cw,participant_count,2,at-most,1,5,n/a,countries,s1",
          "coalitions,cw,participant_count,3,exact,3,3,3,countries,s1",
        ].join("\r\n"),
      },
    ];
    expect(issues(files)).toEqual([
      "dataset.csv 2 notes invalid_format",
      "dataset.csv 3 notes invalid_format",
      "dataset.csv 3 id invalid_value",
      "actors.csv 2 kind invalid_value",
      "provisions.csv 2 role invalid_value",
      "provisions.csv 3 proposal invalid_value",
      "votes.csv 2 record_table invalid_value",
      "claims.csv 2 high invalid_format",
      "claims.csv 3 low invalid_format",
      "claims.csv 4 value invalid_format",
    ]);
  });

  it("reports rows without their keys, and items out of seq order", () => {
    const files = [
      DATASET,
      SOURCES,
      { path: "actors.csv", text: "kind,id,name,organization_kind\r\norganization,nato,NATO,alliance\r\nstate,IE,n/a,n/a\r\n" },
      { path: "memberships.csv", text: "organization,seq,member,from,sources\r\n,1,IE,2020,s1\r\nnato,2,IE,2020,s1\r\n" },
    ];
    expect(issues(files)).toEqual(["memberships.csv 2 organization missing_field", "memberships.csv 3 seq invalid_value"]);
  });

  it("reads a table given as bytes, and a boolean column that holds no boolean is a problem", () => {
    const files = exportDataPackage(seedDataset()).files.map((file) => (file.path === "dataset.csv" && "text" in file ? { path: file.path, bytes: new TextEncoder().encode(file.text) } : file));
    expect(importDataPackage(files, { base: referenceDataset() }).id).toBe(seedDataset().id);
    expect(issues([DATASET, { path: "contribution-types.csv", text: "builtin,id,label\r\nmaybe,x:y,Y\r\n" }])).toEqual(["contribution-types.csv 2 builtin invalid_format"]);
  });
});
