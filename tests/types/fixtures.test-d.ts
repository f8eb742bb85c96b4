// The signatures of `coalition/fixtures`. Type-checked only (vitest typecheck and `tsc`), never run.
import { describe, expectTypeOf, it } from "vitest";
import type { Dataset } from "../../src/index.js";
import { referenceDataset, seedDataset, timelineDataset } from "../../src/fixtures.js";

describe("coalition/fixtures", () => {
  it("gives each shipped dataset, parsed, without arguments", () => {
    for (const shipped of [referenceDataset, seedDataset, timelineDataset]) {
      expectTypeOf(shipped).parameters.toEqualTypeOf<[]>();
      expectTypeOf(shipped).returns.toEqualTypeOf<Dataset>();
    }
  });
});
