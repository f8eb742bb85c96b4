// The index tells apart places below a country (model v2): two regions of one country,
// or two kinds of areas, are two subjects, as they are read from the dataset itself. It
// once keyed every place with a country by its kind and country alone, so a later
// statement about another region superseded the first.
import { describe, expect, it } from "vitest";
import { aggregateCommitments, indexCommitments } from "../../src/index.js";
import { parseDataset } from "../../src/schema.js";

const place = (fields: Record<string, unknown>, id: string, date: string) => ({ id, actor: "GB", type: "personnel", location: fields, stance: "ready", date, sources: ["s"] });

function twoPlaces(first: Record<string, unknown>, second: Record<string, unknown>) {
  return parseDataset({
    id: "places",
    title: "Places below a country",
    sources: [{ id: "s", kind: "media-on-record", publisher: "Paper", date: "2025-09-04" }],
    states: [{ id: "GB" }],
    commitments: [place(first, "first", "2025-03-13"), place(second, "second", "2025-09-04")],
  });
}

describe("indexCommitments, on places below a country", () => {
  it.each([
    ["two regions of Ukraine", { kind: "region", country: "UA", name: "Odesa oblast" }, { kind: "region", country: "UA", name: "Lviv oblast" }],
    ["two kinds of areas in Ukraine", { kind: "areas", country: "UA", description: "strategic areas" }, { kind: "areas", country: "UA", description: "ports" }],
  ])("keeps both statements on %s, as the dataset's own reading does", (_, first, second) => {
    const dataset = twoPlaces(first, second);
    const fromIndex = aggregateCommitments(indexCommitments(dataset), { by: "location" }).buckets.flatMap((bucket) => bucket.commitments);
    expect(fromIndex.sort()).toEqual(["first", "second"]);
    expect(aggregateCommitments(indexCommitments(dataset), { by: "type" })).toEqual(aggregateCommitments(dataset, { by: "type" }));
  });

  it("still reads a later statement at the same place as replacing the earlier one", () => {
    const dataset = twoPlaces({ kind: "region", country: "UA", name: "Odesa oblast" }, { kind: "region", country: "UA", name: "Odesa oblast" });
    expect(aggregateCommitments(indexCommitments(dataset), { by: "type" }).buckets.flatMap((bucket) => bucket.commitments)).toEqual(["second"]);
  });
});
