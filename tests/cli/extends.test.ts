// The command line reads a dataset's `extends` from the files it names, each path
// relative to the file that names it; `--base` keeps working beside it.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { coalition, REFERENCE, root, SEED } from "./in-process.js";

const TIMELINE = join(root, "fixtures/coalition-of-the-willing-2025.json");

/** A new folder holding these files (paths relative to it, as JSON); its path. */
function folder(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), "coalition-extends-"));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), JSON.stringify(content));
  }
  return dir;
}

describe("a dataset file that extends others", () => {
  it("is read with the files it names: the timeline by its file name alone, its seed and reference found beside it", () => {
    const run = coalition(["report", TIMELINE]);
    expect([run.status, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).toMatch(/^The "coalition of the willing" for Ukraine, February to September 2025/);
    expect(coalition(["validate", TIMELINE, SEED]).stdout).toBe(`${TIMELINE}: valid (27 commitments)\n${SEED}: valid (12 commitments)\n`);
  });

  it("gives the same report for the seed with or without --base", () => {
    const alone = coalition(["report", SEED, "--format", "json"]);
    expect(alone.status).toBe(0);
    expect(coalition(["report", SEED, "--base", REFERENCE, "--format", "json"]).stdout).toBe(alone.stdout);
  });

  it("finds each path relative to the file that names it, down a chain across folders", () => {
    const dir = folder({
      "top.json": { id: "top", title: "Top", extends: [{ id: "middle", path: "layers/middle.json" }] },
      "layers/middle.json": { id: "middle", title: "Middle", extends: [{ id: "bottom", path: "../base/bottom.json" }] },
      "base/bottom.json": { id: "bottom", title: "Bottom", states: [{ id: "EE" }] },
    });
    expect(coalition(["validate", join(dir, "top.json")]).stdout).toBe(`${join(dir, "top.json")}: valid (0 commitments)\n`);
  });

  it("says which file is missing, and that a ref without a path needs a --base", () => {
    const dir = folder({ "top.json": { id: "top", title: "Top", extends: [{ id: "gone", path: "gone.json" }, { id: "nameless" }] } });
    const run = coalition(["validate", join(dir, "top.json")]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`extends[0]: the dataset "gone" this one extends could not be read: ${join(dir, "gone.json")}: no such file (unresolved_extends)`);
    expect(run.stdout).toContain('extends[1]: the dataset "nameless" this one extends could not be read: it names no path, and no --base file is the dataset "nameless" (unresolved_extends)');
  });

  it("resolves the refs of a file that has no id beside it, and says the id is missing", () => {
    const dir = folder({ "top.json": { title: "No id", extends: [{ id: "bottom", path: "bottom.json" }] }, "bottom.json": { id: "bottom", title: "Bottom" } });
    expect(coalition(["validate", join(dir, "top.json")]).stdout).toBe(`${join(dir, "top.json")}: 1 problem\n  id: id is required (missing_field)\n`);
    const empty = folder({ "null.json": null });
    expect(coalition(["validate", join(empty, "null.json")]).stdout).toContain("a dataset must be an object, not null");
  });

  it("reports a cycle of files, naming the chain", () => {
    const dir = folder({
      "a.json": { id: "a", title: "A", extends: [{ id: "b", path: "b.json" }] },
      "b.json": { id: "b", title: "B", extends: [{ id: "a", path: "a.json" }] },
    });
    const run = coalition(["report", join(dir, "a.json")]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('extends[0]: the datasets extend each other in a cycle: "a" -> "b" -> "a" (extends_cycle)');
  });
});
