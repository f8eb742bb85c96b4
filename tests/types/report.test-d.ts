// The signatures of `coalition/report`: a report built from a dataset, rendered three
// ways. Type-checked only (vitest typecheck and `tsc`), never run.
import { describe, expectTypeOf, it } from "vitest";
import type { Dataset } from "../../src/index.js";
import {
  buildReport,
  renderHtmlReport,
  renderMarkdownReport,
  renderTextReport,
  type BuildReportOptions,
  type CoalitionReport,
  type RenderTextReportOptions,
} from "../../src/report.js";

describe("coalition/report", () => {
  it("builds a report of a dataset", () => {
    expectTypeOf(buildReport).parameters.toEqualTypeOf<[Dataset, BuildReportOptions?]>();
    expectTypeOf(buildReport).returns.toEqualTypeOf<CoalitionReport>();
  });

  it("renders a report as text, Markdown and HTML strings", () => {
    expectTypeOf(renderTextReport).parameters.toEqualTypeOf<[CoalitionReport, RenderTextReportOptions?]>();
    expectTypeOf(renderTextReport).returns.toEqualTypeOf<string>();
    expectTypeOf(renderMarkdownReport).parameters.toEqualTypeOf<[CoalitionReport]>();
    expectTypeOf(renderMarkdownReport).returns.toEqualTypeOf<string>();
    expectTypeOf(renderHtmlReport).parameters.toEqualTypeOf<[CoalitionReport]>();
    expectTypeOf(renderHtmlReport).returns.toEqualTypeOf<string>();
  });
});
