// Every runtime export of every package entry carries TSDoc a user can rely on: a
// summary, at least one ```ts @example (which tests/docs/examples.test.ts then runs),
// and, for a function, what each parameter means and what it returns. Every export,
// types included, names one of the API site's categories (`@category Queries`), so the
// site groups it instead of listing it among a hundred others. Read with the TypeScript
// compiler API, following re-exports to the declaration, so a new export without docs
// fails here.
import { readFileSync } from "node:fs";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The package's entries (package.json "exports") and the source file of each. */
const ENTRIES: Readonly<Record<string, string>> = {
  coalition: "src/index.ts",
  "coalition/scenario": "src/scenario.ts",
  "coalition/report": "src/report.ts",
  "coalition/explorer": "src/explorer.ts",
  "coalition/explorer-element": "src/explorer-element.ts",
  "coalition/schema": "src/schema.ts",
  "coalition/fixtures": "src/fixtures.ts",
  "coalition/condition-text": "src/condition-text.ts",
  "coalition/interchange": "src/interchange.ts",
  "coalition/parquet": "src/parquet.ts",
};

/** The API site's categories, as typedoc.json orders them ("*" is TypeDoc's "the rest"). */
const CATEGORIES: readonly string[] = (
  JSON.parse(readFileSync(join(root, "typedoc.json"), "utf8")) as { categoryOrder: string[] }
).categoryOrder.filter((name) => name !== "*");

interface ExportDocs {
  readonly entry: string;
  readonly name: string;
  /** A runtime value (function, constant, class), or a type only. */
  readonly kind: "value" | "type";
  /** Where it is declared, relative to the root, with its line. */
  readonly at: string;
  /** What is missing: empty when the export is fully documented. */
  readonly problems: readonly string[];
}

function compilerOptions(): ts.CompilerOptions {
  const configPath = join(root, "tsconfig.json");
  const config = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path));
  return ts.parseJsonConfigFileContent(config.config, ts.sys, root).options;
}

/** A function-like declaration behind an export, if it is one. */
function functionOf(declaration: ts.Declaration): ts.SignatureDeclaration | undefined {
  if (ts.isFunctionDeclaration(declaration)) return declaration;
  if (ts.isVariableDeclaration(declaration) && declaration.initializer !== undefined) {
    const init = declaration.initializer;
    if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return init;
  }
  return undefined;
}

function returnsNothing(checker: ts.TypeChecker, fn: ts.SignatureDeclaration): boolean {
  const signature = checker.getSignatureFromDeclaration(fn);
  if (signature === undefined) return false;
  const type = checker.getReturnTypeOfSignature(signature);
  return (type.flags & (ts.TypeFlags.Void | ts.TypeFlags.Undefined | ts.TypeFlags.Never)) !== 0;
}

function commentText(comment: ts.JSDocTag["comment"]): string {
  if (comment === undefined) return "";
  return typeof comment === "string" ? comment : comment.map((part) => part.text).join("");
}

/** The docs of every export of the given entries, with what each lacks. */
function auditExports(entries: Readonly<Record<string, string>>, baseDir: string): ExportDocs[] {
  const files = Object.values(entries).map((file) => join(baseDir, file));
  const program = ts.createProgram(files, { ...compilerOptions(), noEmit: true });
  const checker = program.getTypeChecker();
  const found: ExportDocs[] = [];
  for (const [entry, file] of Object.entries(entries)) {
    const source = program.getSourceFile(join(baseDir, file));
    if (source === undefined) throw new Error(`cannot read ${file}`);
    const moduleSymbol = checker.getSymbolAtLocation(source);
    if (moduleSymbol === undefined) throw new Error(`${file} is not a module`);
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const target = (exported.flags & ts.SymbolFlags.Alias) !== 0 ? checker.getAliasedSymbol(exported) : exported;
      const declaration = target.valueDeclaration ?? target.declarations?.[0];
      if (declaration === undefined) throw new Error(`${entry}: ${exported.name} has no declaration`);
      const declFile = declaration.getSourceFile();
      const line = declFile.getLineAndCharacterOfPosition(declaration.getStart()).line + 1;
      const at = `${declFile.fileName.slice(baseDir.length + 1)}:${line}`;
      const tags = target.getJsDocTags(checker);

      const problems: string[] = [];
      const categories = tags.filter((tag) => tag.name === "category").map((tag) => ts.displayPartsToString(tag.text).trim());
      if (categories.length !== 1 || !CATEGORIES.includes(categories[0] ?? "")) {
        problems.push(`not one @category of ${CATEGORIES.join(", ")} (has ${categories.length === 0 ? "none" : categories.join(", ")})`);
      }
      // `export type { X }` and `export { type X }` put nothing in the bundle: a category is all they owe.
      const specifier = exported.declarations?.[0];
      const typeOnly = specifier !== undefined && ts.isExportSpecifier(specifier) && (specifier.isTypeOnly || specifier.parent.parent.isTypeOnly);
      if (typeOnly || (target.flags & ts.SymbolFlags.Value) === 0) {
        found.push({ entry, name: exported.name, kind: "type", at, problems });
        continue;
      }

      const summary = ts.displayPartsToString(target.getDocumentationComment(checker)).trim();
      if (summary === "") problems.push("no summary");
      const examples = tags.filter((tag) => tag.name === "example").map((tag) => ts.displayPartsToString(tag.text));
      if (!examples.some((text) => /```ts\b/.test(text))) problems.push("no @example with a ```ts block");

      const fn = functionOf(declaration);
      if (fn !== undefined) {
        for (const parameter of fn.parameters) {
          const name = parameter.name.getText();
          const documented = ts.getJSDocParameterTags(parameter).some((tag) => commentText(tag.comment).replace(/^[\s-]+/, "") !== "");
          if (!documented) problems.push(`no @param ${name}`);
        }
        const returns = ts.getJSDocReturnTag(fn);
        if (!returnsNothing(checker, fn) && (returns === undefined || commentText(returns.comment).trim() === "")) {
          problems.push("no @returns");
        }
      }
      found.push({ entry, name: exported.name, kind: "value", at, problems });
    }
  }
  return found;
}

describe("every export of every entry is documented", () => {
  const audited = auditExports(ENTRIES, root);

  it("finds the exports of each entry", () => {
    for (const entry of Object.keys(ENTRIES)) {
      expect(audited.filter((item) => item.entry === entry).length, entry).toBeGreaterThan(0);
    }
  });

  for (const item of audited) {
    const owed = item.kind === "value" ? "a summary, a runnable example, its parameters, its return and a category" : "a category";
    it(`${item.entry}: ${item.name} has ${owed}`, () => {
      expect(item.problems, `${item.name} (${item.at})`).toEqual([]);
    });
  }
});

describe("the documentation audit", () => {
  it("flags an export without a summary, an example, a parameter, a return or a category, and passes a documented one", () => {
    const dir = join(root, "node_modules", ".cache", "coalition-export-audit");
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, "entry.ts"),
      [
        "export { bare, documented } from './impl.js';",
        "export type { Shape, Point, Line } from './impl.js';",
        "",
      ].join("\n"),
    );
    writeFileSync(
      join(dir, "impl.ts"),
      [
        "/** A shape. */",
        "export interface Shape { readonly x: number }",
        "/**",
        " * A point.",
        " * @category Model",
        " */",
        "export interface Point { readonly x: number }",
        "/**",
        " * A line.",
        " * @category Geometry",
        " */",
        "export type Line = readonly Point[];",
        "/** Adds one. */",
        "export function bare(value: number): number { return value + 1; }",
        "/**",
        " * Adds one.",
        " * @param value - The number.",
        " * @returns One more.",
        " * @example",
        " * ```ts",
        " * documented(1);",
        " * //=> 2",
        " * ```",
        " * @category Queries",
        " */",
        "export function documented(value: number): number { return value + 1; }",
        "",
      ].join("\n"),
    );
    const noCategory = `not one @category of ${CATEGORIES.join(", ")} (has none)`;
    const audited = auditExports({ probe: "entry.ts" }, dir);
    expect(audited.map((item) => [item.name, item.problems])).toEqual([
      ["bare", [noCategory, "no @example with a ```ts block", "no @param value", "no @returns"]],
      ["documented", []],
      ["Shape", [noCategory]],
      ["Point", []],
      ["Line", [`not one @category of ${CATEGORIES.join(", ")} (has Geometry)`]],
    ]);
  });
});
