// The signature of `coalition/explorer`. Type-checked only (vitest typecheck and `tsc`), never run.
import { describe, expectTypeOf, it } from "vitest";
import type { Dataset } from "../../src/index.js";
import { renderExplorerPage, type RenderExplorerPageOptions } from "../../src/explorer.js";

describe("coalition/explorer", () => {
  it("renders the explorer page of a dataset as a string", () => {
    expectTypeOf(renderExplorerPage).parameters.toEqualTypeOf<[Dataset, RenderExplorerPageOptions?]>();
    expectTypeOf(renderExplorerPage).returns.toEqualTypeOf<string>();
  });
});
