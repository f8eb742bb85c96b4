// `coalition export` and `coalition import`, run in-process: a dataset file to tables in
// every format and back, the problems of a sheet listed with their rows and columns,
// and the usage errors, each one plain line with its exit code.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { referenceDataset, seedDataset } from "../../src/fixtures.js";
import { parseDataset } from "../../src/schema.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const SEED = join(root, "fixtures/coalition-of-the-willing-2025-03-13.json");
const REFERENCE = join(root, "fixtures/reference.json");

function coalition(args: readonly string[]): { status: number; stdout: string; stderr: string } {
  let stdout = "";
  let stderr = "";
  const status = runCli(args, { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, env: {} });
  return { status, stdout, stderr };
}

const folder = () => mkdtempSync(join(tmpdir(), "coalition-interchange-cli-"));

describe("coalition export", () => {
  it("writes the seed dataset as a Data Package, which coalition import reads back into the seed", () => {
    const out = join(folder(), "tables");
    expect(coalition(["export", SEED, "--base", REFERENCE, "--out", out])).toEqual({ status: 0, stdout: `wrote 24 files to ${out}\n`, stderr: "" });
    expect(readdirSync(out)).toContain("datapackage.json");
    const json = join(folder(), "dataset.json");
    // The tables extend the reference dataset, as the seed does: the import is given it.
    expect(coalition(["import", out, "--base", REFERENCE, "--out", json])).toEqual({ status: 0, stdout: `wrote ${json} (12 commitments)\n`, stderr: "" });
    expect(parseDataset(JSON.parse(readFileSync(json, "utf8")), { base: referenceDataset() })).toEqual(seedDataset());
  });

  it("writes bare CSV without the descriptor, and Parquet", () => {
    const csv = join(folder(), "csv");
    expect(coalition(["export", SEED, "--base", REFERENCE, "--format", "csv", "--out", csv]).status).toBe(0);
    expect(existsSync(join(csv, "datapackage.json"))).toBe(false);
    const parquet = join(folder(), "parquet");
    expect(coalition(["export", SEED, "--base", REFERENCE, "--format", "parquet", "--out", parquet]).status).toBe(0);
    expect(readFileSync(join(parquet, "commitments.parquet")).subarray(0, 4).toString()).toBe("PAR1");
  });

  it("lists the problems of an invalid dataset and writes nothing", () => {
    const bad = join(folder(), "bad.json");
    writeFileSync(bad, JSON.stringify({ id: "bad", title: "Bad", commitments: [{ id: "c" }] }));
    const out = join(folder(), "none");
    const run = coalition(["export", bad, "--out", out]);
    expect(run.status).toBe(1);
    expect(run.stdout.split("\n")[0]).toBe(`${bad}: 5 problem(s)`);
    expect(existsSync(out)).toBe(false);
  });

  it("says how it is used, and refuses what it cannot do, in one line with exit code 2 or 3", () => {
    expect(coalition(["export", "--help"]).stdout).toContain("Usage: coalition export FILE --out DIR");
    expect(coalition(["export", SEED])).toEqual({ status: 2, stdout: "", stderr: "coalition: export needs --out DIR (see coalition export --help)\n" });
    expect(coalition(["export", "--out", "x"]).stderr).toBe("coalition: export takes one FILE (see coalition export --help)\n");
    expect(coalition(["export", SEED, "--out", "x", "--format", "xlsx"]).stderr).toBe('coalition: --format must be one of datapackage, csv, parquet, not "xlsx"\n');
    expect(coalition(["export", SEED, "--colour"]).status).toBe(2);
    const blocked = join(folder(), "file");
    writeFileSync(blocked, "");
    const run = coalition(["export", SEED, "--base", REFERENCE, "--out", blocked]);
    expect([run.status, run.stderr.startsWith(`coalition: ${join(blocked, "datapackage.json")}: cannot be written`)]).toEqual([3, true]);
  });
});

describe("coalition import", () => {
  const sheet = (text: string) => {
    const path = join(folder(), "desk sheet.csv");
    writeFileSync(path, text);
    return path;
  };

  it("reads a commitments sheet into a dataset named after the file, on a base", () => {
    const path = sheet("actor,type,stance,date,sources\r\nGB,ground-troops,ready,2025-03-13,report-2025-03-13\r\n");
    const json = join(folder(), "out.json");
    expect(coalition(["import", path, "--base", REFERENCE, "--base", SEED, "--out", json]).status).toBe(0);
    const document = JSON.parse(readFileSync(json, "utf8"));
    expect([document.id, document.title, document.commitments.length]).toEqual(["desk-sheet", "desk-sheet", 1]);
  });

  it("lists every problem of a sheet with its row and column, and writes nothing", () => {
    const path = sheet("actor,type,stance,date\r\nNarnia,ground-troops,maybe later,2025-03-13\r\n");
    const json = join(folder(), "out.json");
    const run = coalition(["import", path, "--out", json, "--id", "desk"]);
    expect(run.status).toBe(1);
    expect(run.stdout.split("\n")).toEqual([
      "Invalid import: 3 problems",
      '  desk sheet.csv, row 2, column stance: "maybe later" is neither a stance nor a phrase of the stance mapping; write the stance, or declare the phrase (unknown_stance_phrase)',
      '  desk sheet.csv, row 2, column actor: no actor has the id "Narnia" (unknown_reference)',
      "  desk sheet.csv, row 2, column sources: every record needs at least one source (missing_source)",
      "",
    ]);
    expect(existsSync(json)).toBe(false);
  });

  it("names a dataset from a file name with no usable character commitments", () => {
    const path = join(folder(), "!!!.csv");
    writeFileSync(path, "actor,type,stance,date,sources\r\nGB,ground-troops,ready,2025-03-13,report-2025-03-13\r\n");
    const json = join(folder(), "out.json");
    expect(coalition(["import", path, "--base", SEED, "--out", json]).status).toBe(1);
    expect(coalition(["import", path, "--base", REFERENCE, "--base", SEED, "--out", json]).status).toBe(0);
    expect(JSON.parse(readFileSync(json, "utf8")).id).toBe("commitments");
  });

  it("says how it is used, and refuses what it cannot read or write", () => {
    expect(coalition(["import", "-h"]).stdout).toContain("Usage: coalition import DIR|FILE.csv --out dataset.json");
    expect(coalition(["import", "x.csv"]).stderr).toBe("coalition: import needs --out FILE (see coalition import --help)\n");
    expect(coalition(["import", "--out", "x"]).stderr).toBe("coalition: import takes one DIR or FILE.csv (see coalition import --help)\n");
    expect(coalition(["import", join(folder(), "missing.csv"), "--out", "x"]).status).toBe(3);
    const bad = join(folder(), "bad.json");
    writeFileSync(bad, JSON.stringify({ id: "bad" }));
    expect(coalition(["import", sheet("actor\r\n"), "--base", bad, "--out", "x"]).stderr).toBe(`coalition: ${bad}: invalid base dataset, 1 problem(s)\n`);
    const unreadable = join(folder(), "dir.csv");
    mkdirSync(join(unreadable, "inner.csv"), { recursive: true });
    expect(coalition(["import", unreadable, "--out", "x"]).stderr).toBe(`coalition: ${join(unreadable, "inner.csv")}: cannot be read\n`);
    const tables = join(folder(), "tables");
    coalition(["export", SEED, "--base", REFERENCE, "--out", tables]);
    const run = coalition(["import", tables, "--base", REFERENCE, "--out", join(tables, "datapackage.json", "x.json")]);
    expect([run.status, run.stderr.includes("cannot be written")]).toEqual([3, true]);
  });
});
