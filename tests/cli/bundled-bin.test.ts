// The `coalition` bin as tsup.config.ts builds it, run where no package is installed: it
// carries zod inside it, so it works without the zod peer (`npx coalition`, a global
// install), and it imports nothing but Node's own modules.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { builtinModules, createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, type Options } from "tsup";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import config from "../../tsup.config.js";
import { REFERENCE, root, SEED } from "./in-process.js";

// What the bin may weigh: zod is most of it.
const BUDGET = 600 * 1024;

describe("the built bin", () => {
  // Outside the project: node looks for packages from the bin's folder up, and finds none.
  const folder = mkdtempSync(join(tmpdir(), "coalition-bin-"));
  const bin = join(folder, "cli.js");
  const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: folder, encoding: "utf8" });

  beforeAll(async () => {
    const cli = (config as Options[]).find((options) => typeof options.entry === "object" && "cli" in options.entry);
    expect(cli).toBeDefined();
    await build({ ...cli, outDir: folder, silent: true, config: false, tsconfig: join(root, "tsconfig.json") });
  }, 120_000);

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("runs without zod installed: version, report and validate", () => {
    expect(() => createRequire(bin).resolve("zod")).toThrow(/Cannot find module 'zod'/);
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    expect(run("--version")).toMatchObject({ status: 0, stdout: `${version}\n`, stderr: "" });
    expect(run("report")).toMatchObject({ status: 0, stderr: "" });
    expect(run("report").stdout).toContain("COALITION: Coalition of the willing");
    expect(run("validate", SEED, "--base", REFERENCE)).toMatchObject({ status: 0, stdout: `${SEED}: valid (12 commitments)\n` });
  });

  it("imports only Node's own modules, and stays within its size budget", () => {
    const text = readFileSync(bin, "utf8");
    const imported = [...text.matchAll(/^import .* from "([^"]+)";$/gm)].map((match) => match[1]);
    expect(imported.length).toBeGreaterThan(0);
    for (const specifier of imported) expect(builtinModules, specifier).toContain((specifier ?? "").replace(/^node:/, ""));
    expect(text).not.toMatch(/\bimport\(|require\(/);
    const size = statSync(bin).size;
    console.log(`the built bin: ${(size / 1024).toFixed(0)} KiB (budget ${BUDGET / 1024} KiB)`);
    expect(size).toBeLessThan(BUDGET);
  });
});
