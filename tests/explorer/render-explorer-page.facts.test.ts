// The facts of the explorer page: which it offers to set (none for a threshold, whose value
// follows from other offers), how an offer's details name a fact set for another actor, and
// how a fact of the address that is neither true nor false reads.
import { describe, expect, it } from "vitest";
import { renderExplorerPage } from "../../src/explorer.js";
import { seedDataset } from "../../src/fixtures.js";
import { dataset, offer } from "../scenario/helpers.js";
import { openPage } from "./open-page.js";

describe("the explorer page's facts", () => {
  it("offers no choice for a threshold: other offers decide it", () => {
    const page = renderExplorerPage(
      dataset({
        commitments: [
          offer("a", "GB", "ground-troops", {
            date: "2025-03-13",
            condition: { kind: "all", of: [{ kind: "threshold", count: 2, type: "aircraft", minStance: "ready" }, { kind: "peace", form: "agreement", country: "UA" }] },
          }),
          offer("b", "FR", "aircraft", { date: "2025-03-13" }),
        ],
      }),
    );
    const { doc } = openPage(page);
    expect(Array.from(doc.querySelectorAll("fieldset.cx-fact"), (group) => group.getAttribute("data-key"))).toEqual(["peace:agreement:UA"]);
  });

  it("says that the verdict on an offer the reader set for its actor was set for the actor", () => {
    const page = renderExplorerPage(
      dataset({
        commitments: [
          offer("de", "DE", "aircraft", { date: "2025-03-13", condition: { kind: "commitment", actor: "FR", type: "aircraft", minStance: "open" } }),
          offer("fr", "FR", "aircraft", { date: "2025-03-13", condition: { kind: "peace", form: "agreement", country: "UA" } }),
        ],
      }),
    );
    const { set, verdict, doc } = openPage(page);
    set("commitment:FR:aircraft", "true");
    // France's own offer is decided by what the reader set for France, not by its condition.
    expect(verdict("fr")).toBe("active");
    const atoms = Array.from(doc.querySelectorAll('details[data-commitment="fr"] .cx-atoms li'), (item) => item.textContent);
    expect(atoms).toEqual(["commitment:FR:aircraft is true (set for the actor)"]);
  });

  it("reads a fact of the address that is neither true nor false as unknown, and keeps the address's scenario", () => {
    // The page starts from a fact set; the address sets another to "yes", which is no value.
    const page = renderExplorerPage(seedDataset(), { facts: { "request:*:CH": true } });
    const { view, radio } = openPage(page, "#peace:agreement:UA=yes");
    expect(view!.state()).toEqual({ facts: {}, asOf: "2025-03-13" });
    expect(radio("peace:agreement:UA", "unknown").checked).toBe(true);
  });
});
