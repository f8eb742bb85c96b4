// Turns a documentation example (a TSDoc @example or a ```ts block of a guide) into a
// module that runs it and checks what it claims. Shared by tests/docs/examples.test.ts
// and tests/docs/guides.test.ts, so both follow one convention:
//
// - `import { ... } from "coalition";` (or "coalition/scenario", "coalition/report",
//   "coalition/schema", "coalition/fixtures") on one line imports that entry's source;
// - a line `//=> value` asserts that the one-line statement just before it evaluates to
//   a value deeply equal to `value` (a JS literal). The value may go on over the next
//   lines that start with `//` and at least three spaces:
//
//       verdicts.map((verdict) => verdict.commitment);
//       //=> [
//       //     "ch-peacekeepers",
//       //   ]
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";

/** Each package entry and its source file, relative to the repository root. */
export const ENTRY: Readonly<Record<string, string>> = {
  coalition: "src/index.ts",
  "coalition/schema": "src/schema.ts",
  "coalition/fixtures": "src/fixtures.ts",
  "coalition/scenario": "src/scenario.ts",
  "coalition/report": "src/report.ts",
  "coalition/condition-text": "src/condition-text.ts",
  "coalition/interchange": "src/interchange.ts",
  "coalition/parquet": "src/parquet.ts",
  "coalition/explorer": "src/explorer.ts",
  "coalition/explorer-element": "src/explorer-element.ts",
};

export interface ModuleOptions {
  /** The repository root. */
  readonly root: string;
  /**
   * Where the module will be written: imports are then relative to it, so the
   * TypeScript compiler can type-check the module. Without it, imports are file URLs
   * (what vitest imports most reliably).
   */
  readonly at?: string;
}

const IMPORT = /^import (.+) from "(coalition(?:\/[\w-]+)?)";$/;
const ASSERT = /^\s*\/\/=> (.*)$/;
const CONTINUED = /^\s*\/\/ {3,}(.*)$/;

/** The module that runs `code` and checks each `//=>` claim in it. */
export function toModule(code: string, options: ModuleOptions): string {
  const out: string[] = ['import { expect as __expect } from "vitest";'];
  const lines = code.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const imported = IMPORT.exec(line);
    if (imported) {
      const target = ENTRY[imported[2] ?? ""];
      if (target === undefined) throw new Error(`unknown entry ${imported[2]}`);
      out.push(`import ${imported[1]} from ${JSON.stringify(specifier(join(options.root, target), options.at))};`);
      continue;
    }
    const expected = ASSERT.exec(lines[i + 1] ?? "");
    if (expected) {
      const value = [expected[1] ?? ""];
      let j = i + 2;
      for (let more = CONTINUED.exec(lines[j] ?? ""); more; more = CONTINUED.exec(lines[++j] ?? "")) value.push(more[1] ?? "");
      const statement = line.trim().replace(/;$/, "");
      out.push(`__expect(${statement}).toEqual(${value.join("\n")});`);
      i = j - 1;
      continue;
    }
    out.push(line);
  }
  return `${out.join("\n")}\nexport {};\n`;
}

function specifier(target: string, at: string | undefined): string {
  if (at === undefined) return pathToFileURL(target).href;
  const path = relative(join(at, ".."), target).replace(/\\/g, "/").replace(/\.ts$/, ".js");
  return path.startsWith(".") ? path : `./${path}`;
}

/** One example: where it is, and its code. */
export interface Example {
  /** The file, relative to the repository root. */
  readonly file: string;
  /** The line of its `@example` tag, or of its opening fence. */
  readonly line: number;
  readonly code: string;
}

/** The `.ts` files under a directory, recursively, sorted. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) =>
      entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : [],
    );
}

/** The code of each `@example` of the TSDoc in a source file. */
export function tsdocExamples(file: string, root: string): Example[] {
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

/** A fenced code block of a Markdown file, with its language tag. */
export interface FencedBlock extends Example {
  readonly lang: string;
}

/** Every fenced code block of a Markdown file (fences at the start of a line). */
export function fencedBlocks(file: string, root: string): FencedBlock[] {
  const lines = readFileSync(file, "utf8").split("\n");
  const found: FencedBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,})\s*([\w+-]*)/.exec(lines[i] ?? "");
    if (!open) continue;
    const fence = open[1] ?? "```";
    let end = i + 1;
    while (end < lines.length && !(lines[end] ?? "").startsWith(fence)) end++;
    if (end === lines.length) throw new Error(`${relative(root, file)}:${i + 1}: a code block is never closed`);
    found.push({ file: relative(root, file), line: i + 1, lang: open[2] ?? "", code: lines.slice(i + 1, end).join("\n") });
    i = end;
  }
  return found;
}

/** The Markdown pages of the docs site: docs/guides/*.md, then docs/seed-dataset.md, docs/architecture.md and the README. */
export function guideFiles(root: string): string[] {
  const guides = readdirSync(join(root, "docs/guides"))
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => join(root, "docs/guides", name));
  return [...guides, join(root, "docs/seed-dataset.md"), join(root, "docs/architecture.md"), join(root, "README.md")];
}
