// A function that refuses a wrong argument with `invalid_argument` says so in its TSDoc:
// `@throws {CoalitionError} \`invalid_argument\` ...`, as the others write it. Which
// functions refuse is not a list kept by hand: the misuse walk (tests/misuse) calls every
// export with wrong-typed arguments, and every function it saw refuse one must carry the
// line. Read with the TypeScript compiler API, following re-exports to the declaration.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { ENTRY } from "./example-module.js";
import { walkMisuse } from "../misuse/walk.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The text of every @throws tag of every runtime export, by the export's name. */
function throwsTags(): ReadonlyMap<string, readonly string[]> {
  const files = Object.values(ENTRY).map((file) => join(root, file));
  const program = ts.createProgram(files, { noEmit: true, allowJs: false, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022 });
  const checker = program.getTypeChecker();
  const found = new Map<string, string[]>();
  for (const file of files) {
    const source = program.getSourceFile(file);
    const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
    if (moduleSymbol === undefined) throw new Error(`${file} is not a module`);
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const target = (exported.flags & ts.SymbolFlags.Alias) !== 0 ? checker.getAliasedSymbol(exported) : exported;
      if ((target.flags & ts.SymbolFlags.Function) === 0) continue;
      const tags = target.getJsDocTags(checker).filter((tag) => tag.name === "throws");
      found.set(exported.name, tags.map((tag) => ts.displayPartsToString(tag.text)));
    }
  }
  return found;
}

/** The functions among `refusing` whose docs have no @throws naming `invalid_argument`. */
function undocumentedRefusals(refusing: Iterable<string>, tags: ReadonlyMap<string, readonly string[]>): string[] {
  return [...refusing].filter((name) => !(tags.get(name) ?? []).some((text) => text.includes("invalid_argument"))).sort();
}

describe("a function that refuses wrong arguments says so", () => {
  const tags = throwsTags();

  it("names, in the check, a function that refuses without a @throws line", () => {
    const docs = new Map([["documented", ["{CoalitionError} `invalid_argument` when it is wrong."]], ["silent", []], ["other", ["{DOMException} SyntaxError"]]]);
    expect(undocumentedRefusals(["documented", "silent", "other"], docs)).toEqual(["other", "silent"]);
  });

  it("has @throws with invalid_argument on every function the misuse walk saw refuse an argument", async () => {
    const tally = walkMisuse();
    await Promise.all(tally.pending);
    // The walk saw refusals of the entries old and new.
    expect([...tally.refusing]).toEqual(expect.arrayContaining(["buildReport", "exportDataPackage", "exportParquet", "renderExplorerPage", "defineCoalitionExplorer"]));
    expect(undocumentedRefusals(tally.refusing, tags)).toEqual([]);
  }, 120_000);
});
