// The tests mirror the API: every function a package entry exports has a test file of
// its own, named after it in kebab case (`changesBetween` → changes-between.test.ts),
// or topic files beside it (changes-between.totals.test.ts, changes-between.prop.test.ts),
// anywhere under tests/. The entries are those of package.json "exports", and their
// functions are read at runtime from the source modules, so a new public function
// without a test file of its name fails here, naming it.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The source module of each code entry of package.json "exports" ("." is src/index.ts). */
function entrySources(): string[] {
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { exports: Record<string, unknown> };
  return Object.keys(manifest.exports)
    .filter((key) => !key.endsWith(".json"))
    .map((key) => (key === "." ? "src/index.ts" : `src/${key.slice(2)}.ts`));
}

/** `changesBetween` → `changes-between`. */
function kebabCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** The names of the test files under tests/ (not their folders). */
function testFileNames(): string[] {
  const entries = readdirSync(join(root, "tests"), { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith(".test.ts")).map((entry) => entry.name);
}

/** The public functions that have no test file of their name among `files`. */
function functionsWithoutTests(functions: readonly string[], files: readonly string[]): string[] {
  return functions.filter((name) => {
    const kebab = kebabCase(name);
    return !files.some((file) => file === `${kebab}.test.ts` || (file.startsWith(`${kebab}.`) && file.endsWith(".test.ts")));
  });
}

describe("the tests mirror the API", () => {
  it("has a test file named after every function of every entry of package.json", async () => {
    const functions: string[] = [];
    for (const source of entrySources()) {
      const entry = (await import(join(root, source))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(entry)) if (typeof value === "function") functions.push(name);
    }
    // The entries were read: the 54 functions of the ten entries at the time of writing, at least.
    expect(functions.length).toBeGreaterThanOrEqual(54);
    expect(functions).toContain("changesBetween");
    expect(functionsWithoutTests(functions, testFileNames())).toEqual([]);
  });

  it("takes only a file of the function's own name, or its topic files, as its test", () => {
    const files = ["changes-between.test.ts", "evaluate-scenario.totals.test.ts", "stance-rank.prop.test.ts", "parse-dataset-more.test.ts", "seed-dataset.md"];
    expect(functionsWithoutTests(["changesBetween", "evaluateScenario", "stanceRank", "parseDataset", "seedDataset", "factKey"], files)).toEqual([
      "parseDataset",
      "seedDataset",
      "factKey",
    ]);
  });
});
