// An HTML report known as of a day: its heading says both days, each as a <time>.
import { describe, expect, it } from "vitest";
import { renderHtmlReport } from "../../src/report.js";
import { uncitedReport } from "./uncited-report.js";

describe("renderHtmlReport of a report known as of a day", () => {
  it("gives the day it is known as of beside its date", () => {
    expect(renderHtmlReport(uncitedReport)).toContain('As of <time datetime="2025-06-30"><bdi>2025-06-30</bdi></time>, as known on <time datetime="2025-07-15"><bdi>2025-07-15</bdi></time>.');
  });
});
