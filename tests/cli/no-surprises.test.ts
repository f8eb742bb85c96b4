// The command line without surprises: its version, a suggestion for a misspelt command,
// option or format, output that is only what was asked for, and nothing a terminal obeys.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/report.js";
import { parseDataset } from "../../src/schema.js";
import { coalition, file, REFERENCE, root, SEED } from "./in-process.js";

const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe("coalition --version", () => {
  it("prints the package's version and exits 0", () => {
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    for (const flag of ["--version", "-v"]) expect(coalition([flag])).toEqual({ status: 0, stdout: `${version}\n`, stderr: "" });
    expect(coalition(["--help"]).stdout).toContain('"coalition --version" for the version');
  });
});

describe("a misspelling", () => {
  it("of a command is answered with the closest one", () => {
    expect(coalition(["reprot"]).stderr).toBe('coalition: unknown command "reprot"; did you mean "report"? (see coalition --help)\n');
    expect(coalition(["valdate", SEED]).stderr).toBe('coalition: unknown command "valdate"; did you mean "validate"? (see coalition --help)\n');
    expect(coalition(["--versoin"]).stderr).toBe('coalition: unknown command "--versoin"; did you mean "--version"? (see coalition --help)\n');
  });

  it("of an option is answered with the closest option of that command", () => {
    const run = coalition(["report", "--fromat", "json"]);
    expect(run).toEqual({ status: 2, stdout: "", stderr: 'coalition: unknown option "--fromat"; did you mean "--format"? (see --help)\n' });
    expect(coalition(["validate", SEED, "--bsae", REFERENCE]).stderr).toBe('coalition: unknown option "--bsae"; did you mean "--base"? (see --help)\n');
    expect(coalition(["report", "--as", "2025"]).stderr).toBe('coalition: unknown option "--as"; did you mean "--as-of"? (see --help)\n');
    expect(coalition(["report", "--max-byte=1"]).stderr).toBe('coalition: unknown option "--max-byte"; did you mean "--max-bytes"? (see --help)\n');
    // validate has no --format.
    expect(coalition(["validate", SEED, "--format", "json"]).stderr).toBe('coalition: unknown option "--format" (see --help)\n');
    expect(coalition(["report", "-x"]).stderr).toBe('coalition: unknown option "-x"; did you mean "-h"? (see --help)\n');
  });

  it("of a format is answered with the closest format", () => {
    expect(coalition(["report", "--format", "htm"]).stderr).toBe('coalition: --format must be one of text, markdown, json, html, not "htm"; did you mean "html"?\n');
    expect(coalition(["report", "--format", "md"]).stderr).toBe('coalition: --format must be one of text, markdown, json, html, not "md"\n');
  });
});

describe("dataset text in what the command prints", () => {
  const seed = JSON.parse(readFileSync(SEED, "utf8")) as { persons: { id: string; name: string }[]; commitments: { id: string; statedBy?: { institution: string; person?: string } }[]; coalitions: { name: string }[] };

  it("validate shows the controls of a person's name in a message as their codes", () => {
    const document = structuredClone(seed);
    document.persons.find((person) => person.id === "keir-starmer")!.name = "\u001b]0;pwned\u0007Keir\u009b2J\u202eStarmer";
    // Keir Starmer holds no office in the French presidency.
    document.commitments.find((commitment) => commitment.id === "gb-aircraft")!.statedBy = { institution: "FR.head-of-state", person: "keir-starmer" };
    const run = coalition(["validate", file("named.json", document), "--base", REFERENCE]);
    expect(run.status).toBe(1);
    expect(run.stdout).not.toMatch(CONTROL);
    expect(run.stdout).toContain('commitments[1].statedBy.person: \\u001b]0;pwned\\u0007Keir\\u009b2J\\u202eStarmer holds no office in "FR.head-of-state" (person_not_in_institution)');
  });

  it("report prints no control character in any format, and its JSON holds the same text, escaped", () => {
    const document = structuredClone(seed);
    const name = "Coalition\u009b2J\u202e\u2028\u0085\u007f of the willing";
    document.coalitions[0]!.name = name;
    const path = file("hostile.json", document);
    for (const format of ["text", "markdown", "html", "json"]) {
      const run = coalition(["report", path, "--base", REFERENCE, "--format", format]);
      expect(run.status, format).toBe(0);
      expect(run.stdout, format).not.toMatch(CONTROL);
    }
    const json = coalition(["report", path, "--base", REFERENCE, "--format", "json"]).stdout;
    expect(json).toContain('"name": "Coalition\\u009b2J\\u202e\\u2028\\u0085\\u007f of the willing"');
    const dataset = parseDataset(document, { base: parseDataset(JSON.parse(readFileSync(REFERENCE, "utf8"))) });
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(buildReport(dataset))));
  });

  it("writes every error as one line, whatever the message of a library error holds", () => {
    const run = coalition(["report", "--as-of", "2025-03-13\u001b[2J"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('coalition: --as-of must be a date as YYYY-MM-DD, YYYY-MM or YYYY, not "2025-03-13\\u001b[2J"\n');
  });
});
