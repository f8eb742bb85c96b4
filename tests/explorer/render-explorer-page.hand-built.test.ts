// The explorer page of a dataset built by hand rather than parsed (renderExplorerPage takes
// any object with a dataset's collections): an offer with no day to count from, a
// contribution type the taxonomy does not know. The page still shows what it can.
import { describe, expect, it } from "vitest";
import { renderExplorerPage } from "../../src/explorer.js";
import type { Dataset } from "../../src/index.js";
import { dataset, offer } from "../scenario/helpers.js";
import { openPage } from "./open-page.js";

const parsed = dataset({ commitments: [offer("a", "GB", "ground-troops", { date: "2025-03-13", condition: { kind: "peace", form: "agreement", country: "UA" } })] });

describe("the explorer page of a hand-built dataset", () => {
  it("shows no day for offers with no date and no source on record, and still answers the facts", () => {
    // Dated "unknown", citing a source the dataset does not hold: there is no day to count it from.
    const undated: Dataset = { ...parsed, commitments: parsed.commitments.map((commitment) => ({ ...commitment, date: "unknown", sources: ["nowhere"] })) };
    const { doc, view, set, text, replaced } = openPage(renderExplorerPage(undated));
    expect(doc.querySelector("input[type=date]")).toBeNull();
    expect(text(".cx-summary")).toContain("On the latest day on record");
    set("peace:agreement:UA", "true");
    expect(view!.state()).toEqual({ facts: { "peace:agreement:UA": true }, asOf: undefined });
    expect(replaced).toEqual(["#peace:agreement:UA=true"]);
  });

  it("names a contribution type the taxonomy does not know by its id in the totals", () => {
    const unknownType: Dataset = { ...parsed, commitments: parsed.commitments.map((commitment) => ({ ...commitment, type: "zz:drones", condition: undefined })) };
    const { doc } = openPage(renderExplorerPage(unknownType));
    const row = doc.querySelector('tr[data-type="zz:drones"]')!;
    expect(row.querySelector("th")!.textContent).toBe("zz:drones");
    expect(row.querySelector("th")!.className).toBe("cx-depth-0");
  });
});
