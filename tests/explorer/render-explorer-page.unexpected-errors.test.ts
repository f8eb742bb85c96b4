// The explorer shows a CoalitionError of the engine (facts that contradict each other) to
// the reader; any other error is a bug, and it is thrown on rather than shown as if the
// facts were at fault. The library's engine throws none, so a stand-in engine does here.
import { Window } from "happy-dom";
import { describe, expect, it } from "vitest";
import { createEngine, type ExplorerEngine } from "../../src/explorer/internal/engine.js";
import { mountExplorer } from "../../src/explorer/internal/mount.js";
import { seedDataset } from "../../src/fixtures.js";

describe("the explorer and an error that is no CoalitionError", () => {
  it("throws it on, and shows no contradiction", () => {
    const doc = new Window().document as unknown as Document;
    const bug = new TypeError("a bug in the engine");
    const engine: ExplorerEngine = { ...createEngine(seedDataset()), evaluate: () => { throw bug; } };
    const container = doc.createElement("div");
    expect(() => mountExplorer(container, engine, { initial: { facts: {}, asOf: "2025-03-13" }, idPrefix: "cx-" })).toThrow(bug);
    expect(container.querySelector<HTMLElement>(".cx-problem")!.hidden).toBe(true);
  });
});
