// A commitments sheet as a newsroom keeps it, one row per statement, read into a
// dataset: what it gives when it is right, and every mistake at once, each with its row
// and column, when it is not.
import { describe, expect, it } from "vitest";
import { importCommitmentsSheet, safeImportCommitmentsSheet, type ImportIssue } from "../../src/interchange.js";
import { referenceDataset, seedDataset } from "../../src/fixtures.js";
import { parseDataset } from "../../src/schema.js";

const HEADER = "actor,speaker,type,stance,quantity_low,quantity_high,quantity_unit,location,location_country,condition,date,sources,source_kind,source_publisher,source_date,quote";

const sheet = (...rows: string[]) => [HEADER, ...rows].join("\r\n");

function issuesOf(text: string): { row: number | null; column: string | null; code: string }[] {
  const result = safeImportCommitmentsSheet(text, { base: referenceDataset() });
  if (result.success) throw new Error("the sheet was accepted");
  return (result.error.issues as readonly ImportIssue[]).map(({ row, column, code }) => ({ row, column, code }));
}

/** The seed dataset with a source `s1`, for sheets that only name it. */
function seedWithSource() {
  // A base must be the parser's own result: the source s1 comes in a dataset of its own, built on the seed.
  return [seedDataset(), parseDataset({ id: "desk-sources", title: "Desk sources", sources: [{ id: "s1", kind: "media-on-record", publisher: "Desk", date: "2025" }] })];
}

describe("a commitments sheet written by hand", () => {
  const good = "GB,GB.head-of-government,ground-troops,ready to deploy,,,,in-country,UA,peace(UA),2025-03-13,bbc-1,media-on-record,BBC,2025-03-13,ready";

  it("reports all five of its mistakes at once, each with its row and column, and imports nothing", () => {
    const text = sheet(
      good,
      // An actor nobody declares.
      "Narnia,,peacekeepers,ready,,,,,,,2025-03-13,bbc-1,,,,",
      // A condition text that does not parse: its bracket is never closed.
      "CH,CH.armed-forces-command,peacekeepers,could send,,,,in-country,UA,request and approval(CH.government,2025-03-13,bbc-1,,,,",
      // A phrase no stance maps to.
      "IE,,peacekeepers,might think about it,,,,,,,2025-03-13,bbc-1,,,,",
      // A range whose low end is above its high end.
      "DK,,peacekeepers,ready,200,100,people,,,,2025-03-13,bbc-1,,,,",
      // No source at all.
      "AU,,peacekeepers,open,,,,,,,2025-03-13,,,,,",
    );
    expect(issuesOf(text)).toEqual([
      { row: 3, column: "actor", code: "unknown_reference" },
      { row: 4, column: "condition", code: "invalid_format" },
      { row: 5, column: "stance", code: "unknown_stance_phrase" },
      { row: 6, column: "quantity_high", code: "invalid_range" },
      { row: 7, column: "sources", code: "missing_source" },
    ]);
  });

  it("says where in the condition text the mistake is, and what was expected there", () => {
    const result = safeImportCommitmentsSheet(sheet("CH,,peacekeepers,open,,,,,,peace(EU),2025-03-13,bbc-1,media-on-record,BBC,2025-03-13,"));
    expect(result.success ? "" : result.error.issues[0]?.message).toBe(
      'the condition text does not parse: "EU" is not an ISO 3166-1 alpha-2 country code (at line 1, column 7 of the text: expected a country code)',
    );
  });

  it("gives the dataset when it is right: the phrase's stance, the source described in the row, the state and its institution declared", () => {
    const dataset = importCommitmentsSheet(sheet(good, "FR,,air,will,4,,aircraft,,,,2025-03,bbc-1,,,,"), { id: "desk", title: "Desk" });
    expect(dataset.commitments.map(({ id, stance, phrase }) => [id, stance, phrase])).toEqual([
      ["row-2", "ready", "ready to deploy"],
      ["row-3", "ready", "will"],
    ]);
    expect(dataset.sources).toEqual([{ id: "bbc-1", kind: "media-on-record", publisher: "BBC", date: "2025-03-13" }]);
    expect(dataset.states.map((state) => state.id)).toEqual(["GB", "FR"]);
    expect(dataset.institutions).toEqual([{ id: "GB.head-of-government", actor: "GB", kind: "head-of-government" }]);
    expect(dataset.commitments[1]?.quantity).toEqual({ claims: [{ value: { kind: "exact", unit: "aircraft", value: 4 }, sources: ["bbc-1"] }] });
  });

  it("reads a row's quantity as the sheet gives it: one figure exact, two a range, words approximate", () => {
    const dataset = importCommitmentsSheet(
      [
        "id,actor,type,stance,quantity_low,quantity_high,quantity_unit,quantity_phrase,date,sources",
        "a,IE,peacekeepers,ready,100,100,people,,2025,s1",
        "b,IE,trainers,ready,,50,people,,2025,s1",
        "c,IE,logistics,ready,10,,vehicles,several,2025,s1",
      ].join("\n"),
      { base: seedWithSource() },
    );
    expect(dataset.commitments.slice(-3).map((commitment) => commitment.quantity?.claims[0]?.value)).toEqual([
      { kind: "exact", unit: "people", value: 100 },
      { kind: "exact", unit: "people", value: 50 },
      { kind: "approximate", unit: "vehicles", phrase: "several", low: 10 },
    ]);
  });

  it("refuses a source described two ways, a stance column and a phrase column that disagree, and unknown columns", () => {
    const issues = issuesOf(
      [
        "actor,type,stance,phrase,date,sources,source_kind,source_publisher,source_date,colour",
        "GB,air,will,ready to send,2025,s1,media-on-record,BBC,2025,red",
        "FR,air,ready,,2025,s1,media-on-record,Le Monde,2025,",
      ].join("\r\n"),
    );
    expect(issues).toEqual([
      { row: 1, column: "colour", code: "unknown_field" },
      { row: 2, column: "phrase", code: "invalid_format" },
      { row: 3, column: "source_publisher", code: "invalid_value" },
    ]);
  });
});

describe("what a commitments sheet declares by itself", () => {
  it("declares the states and institutions its conditions name, and takes organizations from an array of bases", () => {
    const text = [
      "id,actor,type,stance,condition,date,source_kind,source_publisher,source_date",
      '1,PL,ground-troops,open,"(request(UA) or request or not mandate(eu)) and approval(PL.parliament) and US offers air-power and inclusion(TR, ""all consultations"") and inclusion(""talks"") and approval(eu.government) and approval(PL.senate)",2025-03,media-on-record,Desk,2025-03',
      "2,FR,ground-troops,open,,2025-03,media-on-record,Desk,2025-03",
    ].join("\r\n");
    const result = safeImportCommitmentsSheet(text, { base: [referenceDataset()] });
    // A senate is no kind of institution the sheet can declare: the parser says so.
    expect(result.success ? [] : (result.error.issues as readonly ImportIssue[]).map(({ row, column, code, message }) => [row, column, code, message])).toEqual([
      [2, "condition", "unknown_reference", 'no institution has the id "PL.senate"'],
    ]);
    const states = safeImportCommitmentsSheet(text.replace(" and approval(PL.senate)", ""), { base: [referenceDataset()] });
    expect(states.success ? states.document.states : []).toEqual([{ id: "PL" }, { id: "UA" }, { id: "US" }, { id: "TR" }, { id: "FR" }].filter((state) => !referenceDataset().states.some((known) => known.id === state.id)));
    expect(states.success ? states.document.institutions : []).toEqual([
      { id: "eu.government", actor: "eu", kind: "government" },
      { id: "PL.parliament", actor: "PL", kind: "parliament" },
    ]);
  });

  it("declares a source described twice alike once, takes a described source from the base, and reads a stance left out as missing", () => {
    const text = [
      "actor,type,stance,date,sources,source_kind,source_publisher,source_date",
      "GB,air,ready,2025,s9,media-on-record,Desk,2025",
      "FR,air,ready,2025,s9,media-on-record,Desk,2025",
      "DE,air,ready,2025,report-2025-03-13,media-on-record,Desk,2025",
      "IT,air,,2025,s9",
      "ES,air,ready,2025,s9,media-on-record",
    ].join("\r\n");
    const result = safeImportCommitmentsSheet(text, { base: seedDataset() });
    expect(result.success ? [] : (result.error.issues as readonly ImportIssue[]).map(({ row, column, code }) => [row, column, code])).toEqual([
      [4, "source_publisher", "invalid_value"],
      [5, null, "invalid_format"],
      [5, "stance", "missing_field"],
      [6, null, "invalid_format"],
      [6, "source_publisher", "invalid_value"],
    ]);
  });
});
