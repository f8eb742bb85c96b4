// `coalition report` over time: --known-as-of, --since and --rates, in-process.
import { describe, expect, it } from "vitest";
import { coalition, file } from "./in-process.js";

interface JsonReport {
  readonly asOf: string;
  readonly knownAsOf: string | null;
  readonly currency: string | null;
  readonly changes: { readonly since: string; readonly changes: readonly { readonly kind: string; readonly actor: { readonly id: string } }[] } | null;
}

const json = (args: readonly string[]) => JSON.parse(coalition(["report", ...args, "--format", "json"]).stdout) as JsonReport;

describe("coalition report over time", () => {
  it("reports the changes since a day: on the seed, the six named participants joined and Romania's two voices are new", () => {
    const report = json(["--since", "2025-03-01"]);
    expect(report.changes?.since).toBe("2025-03-01");
    expect(report.changes?.changes.filter((change) => change.kind === "joined").map((change) => change.actor.id)).toEqual(["GB", "FR", "AU", "JP", "NZ", "CA"]);
    expect(report.changes?.changes.filter((change) => change.actor.id === "RO").map((change) => change.kind)).toEqual(["new", "new"]);
    expect(coalition(["report", "--since", "2025-03-01"]).stdout).toContain("CHANGES FROM 2025-03-01 TO 2025-03-13");
  });

  it("reports as known on a day: before the seed's sources, nothing is known, and the report is as of that day", () => {
    const report = json(["--known-as-of", "2025-03-12"]);
    expect([report.asOf, report.knownAsOf]).toEqual(["2025-03-12", "2025-03-12"]);
  });

  it("totals money in the currency of a --rates file", () => {
    const rates = file("rates.json", { base: "EUR", rates: { USD: 0.92 } });
    expect(json(["--rates", rates]).currency).toBe("EUR");
  });

  it("rejects a bad day, a since after the report's day, and a rates file of the wrong shape, each in one line (exit 2)", () => {
    const shape = (path: string): [readonly string[], string] => [["--rates", path], `coalition: --rates ${path} must hold { "base": "EUR", "rates": { "USD": 0.92 } }\n`];
    const cases: [readonly string[], string][] = [
      [["--since", "last week"], 'coalition: --since must be a date as YYYY-MM-DD, YYYY-MM or YYYY, not "last week"\n'],
      [["--known-as-of", "2025-02-30"], 'coalition: --known-as-of must be a date as YYYY-MM-DD, YYYY-MM or YYYY, not "2025-02-30"\n'],
      [["--since", "2025-04-01"], "coalition: since (2025-04-01) is after the report's day (2025-03-13)\n"],
      shape(file("list.json", [1, 2])),
      shape(file("no-rates.json", { base: "EUR" })),
      shape(file("null.json", null)),
      shape(file("rates-list.json", { base: "EUR", rates: [] })),
    ];
    for (const [args, message] of cases) {
      const run = coalition(["report", ...args]);
      expect(run.status, args.join(" ")).toBe(2);
      expect(run.stderr, args.join(" ")).toBe(message);
      expect(run.stdout).toBe("");
    }
  });

  it("names the closest option for a misspelt one", () => {
    expect(coalition(["report", "--sinse", "2025-03-01"]).stderr).toContain('did you mean "--since"');
  });
});
