// `coalition explore`: the explorer page of the seed or of a file, its help, and its errors.
import { describe, expect, it } from "vitest";
import { coalition, file, REFERENCE, SEED } from "../cli/in-process.js";

describe("coalition explore", () => {
  it("prints the seed's explorer page without a file, and a file's with one", () => {
    const seed = coalition(["explore"]);
    expect(seed.status).toBe(0);
    expect(seed.stdout.startsWith("<!doctype html>")).toBe(true);
    expect(seed.stdout).toContain('<script type="application/json" id="explorer-data">');
    const fromFile = coalition(["explore", SEED, "--base", REFERENCE, "--max-bytes", "64M"]);
    expect(fromFile.status).toBe(0);
    expect(fromFile.stdout).toContain("script-src 'sha256-");
  });

  it("prints its help, refuses two files, and reports an invalid dataset", () => {
    expect(coalition(["explore", "--help"]).stdout).toContain("Usage: coalition explore [FILE]");
    expect(coalition(["explore", "a.json", "b.json"])).toMatchObject({ status: 2, stderr: expect.stringContaining("at most one FILE") });
    const invalid = coalition(["explore", file("bad.json", { id: "x" })]);
    expect(invalid.status).toBe(1);
    expect(invalid.stdout).toBe("");
  });

  it("is listed in the command's help", () => {
    expect(coalition(["--help"]).stdout).toContain("explore [FILE]");
  });
});
