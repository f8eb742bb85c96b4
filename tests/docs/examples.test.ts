// Runs every `@example` block of the TSDoc in src/ as a test, so the docs cannot
// drift from the code. A line `//=> value` asserts that the statement just before it
// (one line, ending in ";") evaluates to a value deeply equal to `value`; see
// ./example-module.ts for the whole convention.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { sourceFiles, toModule, tsdocExamples } from "./example-module.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const outDir = join(root, "node_modules", ".cache", "coalition-examples");

const examples = sourceFiles(join(root, "src")).flatMap((file) => tsdocExamples(file, root));
mkdirSync(outDir, { recursive: true });

describe("every @example in src runs and prints what it says", () => {
  it("finds examples to run", () => {
    expect(examples.length).toBeGreaterThan(10);
  });
  for (const example of examples) {
    it(`${example.file}:${example.line}`, async () => {
      const name = `${example.file.replace(/[^\w]+/g, "_")}_${example.line}.ts`;
      const path = join(outDir, name);
      writeFileSync(path, toModule(example.code, { root }));
      await import(pathToFileURL(path).href);
    });
  }
});

describe("the example runner", () => {
  it("fails an example whose //=> value is wrong", async () => {
    const path = join(outDir, "deliberately_wrong.ts");
    writeFileSync(path, toModule("1 + 1;\n//=> 3", { root }));
    await expect(import(pathToFileURL(path).href)).rejects.toThrow();
  });

  it("reads a //=> value that goes on over the next lines, and checks all of it", async () => {
    const right = join(outDir, "multi_line_right.ts");
    writeFileSync(right, toModule('[1, 2].map(String);\n//=> [\n//     "1",\n//     "2",\n//   ]', { root }));
    await import(pathToFileURL(right).href);
    const wrong = join(outDir, "multi_line_wrong.ts");
    writeFileSync(wrong, toModule('[1, 2].map(String);\n//=> [\n//     "1",\n//   ]', { root }));
    await expect(import(pathToFileURL(wrong).href)).rejects.toThrow();
  });
});
