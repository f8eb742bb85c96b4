// docs/architecture.md cannot drift from the code: every src/ path it names exists,
// every folder of src/ is named in it, its table of layers is the list the import check
// enforces (scripts/layers.mjs), and the README links to it.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const page = readFileSync(join(root, "docs/architecture.md"), "utf8");

/** Every folder under src/, as `src/a/b/`. */
function folders(dir = "src"): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => [`${dir}/${entry.name}/`, ...folders(`${dir}/${entry.name}`)]);
}

/** The src/ paths the page names in code spans. */
function namedPaths(): string[] {
  return [...page.matchAll(/`(src\/[^`\s]*)`/g)].map((match) => match[1] as string);
}

describe("docs/architecture.md", () => {
  it("names only paths of src/ that exist", () => {
    const named = namedPaths();
    expect(named.length).toBeGreaterThan(20);
    expect(named.filter((path) => !existsSync(join(root, path)))).toEqual([]);
  });

  it("names every folder of src/", () => {
    const named = new Set(namedPaths());
    expect(folders().filter((folder) => !named.has(folder))).toEqual([]);
  });

  it("shows the layers the import check enforces, in their order", async () => {
    const { LAYERS } = (await import(pathToFileURL(join(root, "scripts/layers.mjs")).href)) as { LAYERS: [string, string[]][] };
    const rows = [...page.matchAll(/^\| (\w[\w-]*) \| (`src\/.*`) \|$/gm)].map((match) => [
      match[1],
      [...(match[2] as string).matchAll(/`([^`]+)`/g)].map((path) => path[1]),
    ]);
    expect(rows).toEqual(LAYERS);
  });

  it("is linked from the README", () => {
    expect(readFileSync(join(root, "README.md"), "utf8")).toContain("(docs/architecture.md)");
  });
});
