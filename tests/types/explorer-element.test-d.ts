// The signature of `coalition/explorer-element`. Type-checked only (vitest typecheck and `tsc`), never run.
import { describe, expectTypeOf, it } from "vitest";
import { defineCoalitionExplorer, type DefineCoalitionExplorerOptions } from "../../src/explorer-element.js";

describe("coalition/explorer-element", () => {
  it("defines the element, options optional, and says whether it did", () => {
    expectTypeOf(defineCoalitionExplorer).parameters.toEqualTypeOf<[DefineCoalitionExplorerOptions?]>();
    expectTypeOf(defineCoalitionExplorer).returns.toEqualTypeOf<boolean>();
  });
});
