// The guides (docs/guides/*.md and docs/seed-dataset.md) cannot go stale: every ```ts
// block runs, with its `//=>` claims checked (see ./example-module.ts); every ```json
// block is JSON, and one that declares the dataset JSON Schema as its `$schema` is a
// valid dataset on its own; every ```text block announced by `<!-- output of: coalition ARGS -->`
// is what the command prints; the stance phrase table is STANCE_PHRASES. Any other
// code block must say what it is (```sh, ```text, ```json), so no code goes unchecked
// by accident.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { STANCE_PHRASES, STANCES } from "../../src/index.js";
import { safeParseDataset } from "../../src/schema.js";
import { fencedBlocks, guideFiles, toModule, type FencedBlock } from "./example-module.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const outDir = join(root, "node_modules", ".cache", "coalition-guides");
const tsx = join(root, "node_modules", ".bin", "tsx");

/**
 * Languages a block may be tagged with: `ts` runs; the others are checked as said above
 * or are prose; `sql` blocks (the guide "At scale") run in DuckDB in tests/interchange/duckdb.test.ts.
 */
const LANGUAGES = new Set(["ts", "json", "sh", "text", "sql"]);

const blocks: FencedBlock[] = guideFiles(root).flatMap((file) => fencedBlocks(file, root));
mkdirSync(outDir, { recursive: true });

describe("the guides' code blocks", () => {
  it("are there to check", () => {
    expect(blocks.filter((block) => block.lang === "ts").length).toBeGreaterThan(10);
  });

  it("each say what they are, so that no TypeScript goes unrun", () => {
    const untagged = blocks.filter((block) => !LANGUAGES.has(block.lang)).map((block) => `${block.file}:${block.line} (${block.lang || "no tag"})`);
    expect(untagged).toEqual([]);
  });

  for (const block of blocks.filter((b) => b.lang === "ts")) {
    it(`${block.file}:${block.line} runs and gives what it says`, async () => {
      const path = join(outDir, `${block.file.replace(/[^\w]+/g, "_")}_${block.line}.ts`);
      writeFileSync(path, toModule(block.code, { root }));
      await import(pathToFileURL(path).href);
    });
  }

  for (const block of blocks.filter((b) => b.lang === "json")) {
    it(`${block.file}:${block.line} is JSON${/dataset\.schema\.json/.test(block.code) ? ", and a valid dataset" : ""}`, () => {
      const value: unknown = JSON.parse(block.code);
      if (typeof value === "object" && value !== null && /dataset\.schema\.json$/.test(String((value as { $schema?: unknown }).$schema))) {
        const result = safeParseDataset(value);
        expect(result.success ? [] : result.error.issues).toEqual([]);
      }
    });
  }
});

/** The `coalition` command's output, as the guides show it. */
function outputs(): { file: string; line: number; args: string[]; expected: string[] }[] {
  const found: { file: string; line: number; args: string[]; expected: string[] }[] = [];
  for (const file of guideFiles(root)) {
    const lines = readFileSync(file, "utf8").split("\n");
    const blocksOfFile = fencedBlocks(file, root);
    lines.forEach((line, i) => {
      const marker = /^<!-- output of: coalition (.*) -->$/.exec(line);
      if (!marker) return;
      const block = blocksOfFile.find((candidate) => candidate.line > i + 1);
      if (block === undefined || block.lang !== "text" || block.line !== i + 2) {
        throw new Error(`${file}:${i + 1}: an "output of" marker must be followed at once by a \`\`\`text block`);
      }
      found.push({
        file: block.file,
        line: block.line,
        args: (marker[1] ?? "").split(" ").filter((arg) => arg !== ""),
        expected: block.code.split("\n"),
      });
    });
  }
  return found;
}

describe("the command output the guides show", () => {
  const shown = outputs();

  it("is there to check", () => {
    expect(shown.length).toBeGreaterThan(0);
  });

  for (const output of shown) {
    it(`${output.file}:${output.line}: coalition ${output.args.join(" ")}`, () => {
      const run = spawnSync(tsx, [join(root, "src/cli/main.ts"), ...output.args], { cwd: root, encoding: "utf8" });
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      // The lines shown appear in this order; "…" stands for lines left out. Runs of
      // white space count as one, so that a change of column width is no change.
      const normalise = (line: string) => line.trim().replace(/\s+/g, " ");
      const printed = run.stdout.split("\n").map(normalise);
      let at = 0;
      for (const line of output.expected) {
        if (line.trim() === "…") continue;
        const found = printed.indexOf(normalise(line), at);
        expect(found, `"${line}" is printed, after the lines before it`).toBeGreaterThanOrEqual(0);
        at = found + 1;
      }
    });
  }
});

describe("the stance phrase table of docs/guides/writing-a-dataset.md", () => {
  it("lists exactly STANCE_PHRASES, by stance", () => {
    const text = readFileSync(join(root, "docs/guides/writing-a-dataset.md"), "utf8");
    const rows = text
      .split("\n")
      .map((line) => /^\| `(\w+)` \| (.+) \|$/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null && (STANCES as readonly string[]).includes(match[1] ?? ""));
    const documented = rows.map((match) => [match[1], (match[2] ?? "").split(", ").map((phrase) => phrase.replace(/^"|"$/g, ""))]);
    const actual = STANCES.map((stance) => [stance, STANCE_PHRASES.filter((entry) => entry.stance === stance).map((entry) => entry.phrase)]);
    expect(documented).toEqual(actual);
  });
});

describe("the guides' relative links and images", () => {
  it("point to files that exist", () => {
    const broken: string[] = [];
    for (const file of guideFiles(root)) {
      const text = readFileSync(file, "utf8").replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1/gm, "");
      for (const match of text.matchAll(/\]\((\.{1,2}\/[^)#\s]+)(?:#[^)]*)?\)/g)) {
        const target = resolve(dirname(file), match[1] ?? "");
        if (!existsSync(target)) broken.push(`${file.slice(root.length + 1)}: ${match[1]}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
