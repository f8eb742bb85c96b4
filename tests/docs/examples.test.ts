// Runs every `@example` block of the TSDoc in src/ as a test, so the docs cannot
// drift from the code. A line `//=> value` asserts that the statement just before it
// (one line, ending in ";") evaluates to a value deeply equal to `value`.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const outDir = join(root, "node_modules", ".cache", "coalition-examples");
const ENTRY: Record<string, string> = {
  coalition: "src/index.ts",
  "coalition/schema": "src/schema.ts",
  "coalition/fixtures": "src/fixtures.ts",
};

interface Example {
  file: string;
  line: number;
  code: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : [],
  );
}

function examplesOf(file: string): Example[] {
  const lines = readFileSync(file, "utf8").split("\n");
  const found: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*\*\s*@example/.test(lines[i] ?? "")) continue;
    let j = i + 1;
    while (j < lines.length && !/^\s*\*\s*```/.test(lines[j] ?? "")) j++;
    const start = j + 1;
    let end = start;
    while (end < lines.length && !/^\s*\*\s*```/.test(lines[end] ?? "")) end++;
    const code = lines
      .slice(start, end)
      .map((line) => line.replace(/^\s*\* ?/, ""))
      .join("\n");
    found.push({ file: relative(root, file), line: i + 1, code });
  }
  return found;
}

function toModule(example: Example): string {
  const out: string[] = ['import { expect as __expect } from "vitest";'];
  const lines = example.code.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const imported = /^import (.+) from "(coalition(?:\/\w+)?)";$/.exec(line);
    if (imported) {
      const target = ENTRY[imported[2] ?? ""];
      if (target === undefined) throw new Error(`unknown entry ${imported[2]}`);
      out.push(`import ${imported[1]} from ${JSON.stringify(pathToFileURL(join(root, target)).href)};`);
      continue;
    }
    const next = lines[i + 1] ?? "";
    const expected = /^\s*\/\/=> (.*)$/.exec(next);
    if (expected) {
      const statement = line.trim().replace(/;$/, "");
      out.push(`__expect(${statement}).toEqual(${expected[1]});`);
      i++;
      continue;
    }
    out.push(line);
  }
  return `${out.join("\n")}\nexport {};\n`;
}

const examples = sourceFiles(join(root, "src")).flatMap(examplesOf);
mkdirSync(outDir, { recursive: true });

describe("every @example in src runs and prints what it says", () => {
  it("finds examples to run", () => {
    expect(examples.length).toBeGreaterThan(10);
  });
  for (const example of examples) {
    it(`${example.file}:${example.line}`, async () => {
      const name = `${example.file.replace(/[^\w]+/g, "_")}_${example.line}.ts`;
      const path = join(outDir, name);
      writeFileSync(path, toModule(example));
      await import(pathToFileURL(path).href);
    });
  }
});

describe("the example runner", () => {
  it("fails an example whose //=> value is wrong", async () => {
    const path = join(outDir, "deliberately_wrong.ts");
    writeFileSync(path, toModule({ file: "x", line: 1, code: "1 + 1;\n//=> 3" }));
    await expect(import(pathToFileURL(path).href)).rejects.toThrow();
  });
});
