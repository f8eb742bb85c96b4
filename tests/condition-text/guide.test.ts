// The guide docs/guides/condition-text.md keeps up with the syntax: its tables list
// every atom and every location kind, and each form they show parses.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { safeParseConditionText } from "../../src/condition-text.js";
import { CALL_SYNTAX, LOCATION_SYNTAX } from "../../src/condition-text/internal/syntax.js";

const guide = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), "../../docs/guides/condition-text.md"), "utf8");

/** The rows of the table whose header starts with `| first |`: first cell, and the `code` items of the second. */
function table(first: string): { name: string; forms: string[] }[] {
  const lines = guide.split("\n");
  const start = lines.indexOf(lines.find((line) => line.startsWith(`| ${first} |`)) ?? "");
  const rows: { name: string; forms: string[] }[] = [];
  for (let i = start + 2; start >= 0 && (lines[i] ?? "").startsWith("|"); i++) {
    const [name = "", forms = ""] = (lines[i] as string).split(" | ").map((cell) => cell.replace(/^\| /, ""));
    rows.push({ name, forms: [...forms.matchAll(/`([^`]+)`/g)].map((match) => match[1] as string) });
  }
  return rows;
}

describe("the guide's table of locations", () => {
  const rows = table("Location");

  it("lists every location kind", () => {
    expect(rows.map((row) => row.name).sort()).toEqual(Object.keys(LOCATION_SYNTAX).sort());
  });

  it("shows forms that parse, as locations of their kind", () => {
    for (const { name, forms } of rows) {
      for (const form of forms) {
        const result = safeParseConditionText(`US offers x ${form}`);
        expect(result.success && result.data.kind === "commitment" && result.data.location?.kind, form).toBe(name);
      }
    }
  });
});

describe("the guide's table of atoms", () => {
  const rows = table("Atom");

  it("shows forms of every atom that parse", () => {
    const forms = rows.flatMap((row) => row.forms);
    const kinds = new Set(forms.map((form) => {
      const result = safeParseConditionText(form);
      expect(result.success, form).toBe(true);
      return result.success ? result.data.kind : "";
    }));
    expect([...kinds].sort()).toEqual([...new Set([...Object.values(CALL_SYNTAX).map((call) => call.kind), "commitment", "threshold"])].sort());
  });
});

describe("the guide's grammar", () => {
  it("names every atom written as a call and every location kind", () => {
    const grammar = guide.slice(guide.indexOf("## Grammar"));
    for (const word of [...Object.keys(CALL_SYNTAX), ...Object.keys(LOCATION_SYNTAX)]) expect(grammar, word).toContain(`\`${word}\` `);
  });
});
