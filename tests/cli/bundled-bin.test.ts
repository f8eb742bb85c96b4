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
// 600 KiB until the command gained export and import (papaparse, hyparquet and its writer,
// bundled) and `explore` (the explorer page's script, inlined): 990 KiB since.
const BUDGET = 1100 * 1024;

describe("the built bin", () => {
  // Outside the project: node looks for packages from the bin's folder up, and finds none.
  const folder = mkdtempSync(join(tmpdir(), "coalition-bin-"));
  const bin = join(folder, "cli.js");
  const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: folder, encoding: "utf8" });

  beforeAll(async () => {
    // The config is a function (it bundles the explorer's script first): call it for the list of builds.
    const resolved = (typeof config === "function" ? await (config as (overrides: Options) => Options[] | Promise<Options[]>)({}) : config) as Options[];
    const cli = resolved.find((options) => typeof options.entry === "object" && "cli" in options.entry);
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
    // Bundled CommonJS (papaparse) keeps a require of Node's "stream" for a mode the command
    // never uses; any dynamic import or require must still name one of Node's own modules.
    const dynamic = [...text.matchAll(/\b(?:__)?require\("([^"]+)"\)|\bimport\("([^"]+)"\)/g)].map((match) => match[1] ?? match[2]);
    for (const specifier of dynamic) expect(builtinModules, specifier).toContain((specifier ?? "").replace(/^node:/, ""));
    expect(text).not.toMatch(/\bimport\((?!")|\brequire\((?!")/);
    const size = statSync(bin).size;
    console.log(`the built bin: ${(size / 1024).toFixed(0)} KiB (budget ${BUDGET / 1024} KiB)`);
    expect(size).toBeLessThan(BUDGET);
  });
});
