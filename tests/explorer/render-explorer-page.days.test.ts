// The day of the explorer page: its date field spans the days the offers were stated (an
// offer dated "unknown" from its earliest source), and moving the day back says how many
// offers are no longer in force.
import { describe, expect, it } from "vitest";
import { renderExplorerPage } from "../../src/explorer.js";
import { dataset, offer } from "../scenario/helpers.js";
import { openPage } from "./open-page.js";

const peace = { kind: "peace", form: "agreement", country: "UA" } as const;

describe("the explorer page's day", () => {
  it("starts the date field on the earliest source of an offer whose own date is unknown", () => {
    const page = renderExplorerPage(
      dataset({
        commitments: [
          offer("late", "GB", "ground-troops", { date: "2025-03-13" }),
          // Dated "unknown", told by s0 (2025-01-10) and s1 (2025-03-13): known from the first.
          offer("undated", "FR", "aircraft", { date: "unknown", sources: ["s0", "s1"], condition: peace }),
        ],
      }),
    );
    const { doc } = openPage(page);
    const field = doc.querySelector<HTMLInputElement>("input[type=date]")!;
    expect([field.min, field.max]).toEqual(["2025-01-10", "2025-03-13"]);
  });

  it("says how many offers are no longer in force when the reader moves the day back", () => {
    const page = renderExplorerPage(
      dataset({
        commitments: [
          offer("early", "GB", "ground-troops", { date: "2025-01-10", condition: peace }),
          offer("late", "FR", "aircraft", { date: "2025-03-13", condition: peace }),
        ],
      }),
    );
    const { setDay, text, verdict, view } = openPage(page);
    expect(verdict("late")).toBe("undetermined");
    setDay("2025-01-10");
    expect(view!.state().asOf).toBe("2025-01-10");
    expect(text(".cx-status")).toBe("1 verdict changed: 1 no longer in force.");
    expect(verdict("late")).toBeUndefined();
    expect(verdict("early")).toBe("undetermined");
  });
});
