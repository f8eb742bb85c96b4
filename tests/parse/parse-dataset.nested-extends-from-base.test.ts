// A layer the parser resolves may itself extend a dataset the caller gave as a base:
// the base is used as it is, not resolved again.
import { describe, expect, it } from "vitest";
import type { ExtendsRef } from "../../src/index.js";
import { parseDataset } from "../../src/schema.js";

const sources = [{ id: "s", kind: "media-on-record", publisher: "Paper", date: "2025-03-13" }];

describe("parseDataset, extends through a resolved layer to a given base", () => {
  it("reads the document, the layer it resolves and the base that layer extends, asking resolve only for the layer", () => {
    const base = parseDataset({ id: "seed", title: "Seed", sources, states: [{ id: "GB" }] });
    const layer = { id: "spring", title: "Spring", extends: [{ id: "seed" }], states: [{ id: "FR" }] };
    const asked: string[] = [];
    const resolve = (ref: ExtendsRef) => {
      asked.push(ref.id);
      return ref.id === "spring" ? layer : undefined;
    };
    const dataset = parseDataset({ id: "summer", title: "Summer", extends: [{ id: "spring" }], states: [{ id: "DE" }] }, { base: [base], resolve });
    expect([dataset.states.map((state) => state.id).sort(), asked]).toEqual([["DE", "FR", "GB"], ["spring"]]);
  });
});
