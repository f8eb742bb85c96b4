// The timeline chart's scale: a busy month of 60 statements is read on ticks of ten,
// the round step that keeps the axis to at most ten ticks.
import { describe, expect, it } from "vitest";
import { renderHtmlReport } from "../../src/report.js";
import { handMadeReport } from "./hand-made-report.js";

function timelineTicksOf(html: string): number[] {
  const chart = html.slice(html.indexOf('<svg class="timeline-chart"'), html.indexOf("</svg>", html.indexOf('<svg class="timeline-chart"')));
  return [...chart.matchAll(/<text x="[\d.]+" y="[\d.]+" text-anchor="end">(\d+)<\/text>/g)].map((match) => Number(match[1]));
}

describe("the HTML report's timeline of a month with 60 statements", () => {
  it("marks the axis every ten statements, from 0 to 60", () => {
    const timeline = [
      { month: "2025-02", asOf: "2025-02-28", ready: 2, open: 1, refused: 0 },
      { month: "2025-03", asOf: "2025-03-31", ready: 40, open: 15, refused: 5 },
    ];
    const html = renderHtmlReport({ ...handMadeReport, timeline });
    expect(timelineTicksOf(html)).toEqual([0, 10, 20, 30, 40, 50, 60]);
  });
});
