import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const tsx = join(root, "node_modules", ".bin", "tsx");

function coalition(...args: string[]) {
  const run = spawnSync(tsx, [join(root, "src/cli/main.ts"), ...args], { cwd: root, encoding: "utf8" });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function file(name: string, content: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), "coalition-cli-")), name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

describe("coalition report", () => {
  it("prints the seed report by default", () => {
    const run = coalition("report");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Leads: the United Kingdom, France");
    expect(run.stdout).toContain("opposed: Germany, Italy, Spain, Poland");
  });

  it("applies assumed facts and prints JSON on request", () => {
    const run = coalition("report", "--assume", "peace:agreement:UA=true", "--format", "json");
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { verdicts: Record<string, number> };
    expect(report.verdicts.undetermined).toBe(2);
  });

  it("rejects a bad option value with one line and exit code 2", () => {
    for (const args of [["--format", "xml"], ["--as-of", "2025-13"], ["--assume", "peace"], ["--bogus"]]) {
      const run = coalition("report", ...args);
      expect(run.status).toBe(2);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).toMatch(/^coalition: /);
    }
  });
});

describe("coalition validate", () => {
  it("accepts the seed with its reference data as base", () => {
    const run = coalition("validate", "fixtures/coalition-of-the-willing-2025-03-13.json", "--base", "fixtures/reference.json");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("valid (12 commitments)");
  });

  it("lists every problem of a broken dataset with its path, and exits 1", () => {
    const broken = file("broken.json", {
      id: "broken",
      title: "Broken",
      states: [{ id: "XX" }],
      commitments: [{ id: "c1", actor: "FR", type: "tanks", stance: "maybe", date: "2025-02-30", sources: ["nowhere"] }],
    });
    const run = coalition("validate", broken);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("3 problems");
    expect(run.stdout).toContain("states[0].id");
    expect(run.stdout).toContain("commitments[0].stance");
    expect(run.stdout).toContain("commitments[0].date");
  });

  it("says in one line when a file is missing or not JSON, and exits 3", () => {
    expect(coalition("validate", "no-such-file.json").status).toBe(3);
    const run = coalition("validate", file("bad.json", "{ not json"));
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/not valid JSON/);
  });

  it("has help for every command", () => {
    for (const args of [["--help"], ["report", "--help"], ["validate", "--help"]]) {
      const run = coalition(...args);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^Usage: coalition/);
    }
  });
});
