// A user copies an example into a strict TypeScript project: it must compile there,
// not only run. Every TSDoc @example in src/ and every ```ts block of the guides is
// type-checked here, under the project's own compiler options (strict,
// noUncheckedIndexedAccess, exactOptionalPropertyTypes), in one program.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { fencedBlocks, guideFiles, sourceFiles, toModule, tsdocExamples, type Example } from "./example-module.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const outDir = join(root, "node_modules", ".cache", "coalition-typecheck");

function compilerOptions(): ts.CompilerOptions {
  const config = ts.readConfigFile(join(root, "tsconfig.json"), (path) => ts.sys.readFile(path));
  return { ...ts.parseJsonConfigFileContent(config.config, ts.sys, root).options, noEmit: true };
}

/** Type errors of the examples, each as `file:line: message`, with the example it belongs to. */
function typeErrors(examples: readonly Example[]): string[] {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const origin = new Map<string, Example>();
  examples.forEach((example, i) => {
    const path = join(outDir, `example_${i}.ts`);
    writeFileSync(path, toModule(example.code, { root, at: path }));
    origin.set(path, example);
  });
  const program = ts.createProgram([...origin.keys()], compilerOptions());
  return ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.file !== undefined && origin.has(diagnostic.file.fileName))
    .map((diagnostic) => {
      const file = diagnostic.file as ts.SourceFile;
      const example = origin.get(file.fileName) as Example;
      const line = file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line;
      const text = file.text.split("\n")[line]?.trim() ?? "";
      return `${example.file}:${example.line}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")} (in: ${text})`;
    });
}

describe("the examples compile in a strict TypeScript project", () => {
  // One program for all, the cost of a type-check is mostly the library's own files. A
  // probe that cannot compile rides along, to show that errors are caught.
  const probe: Example = { file: "probe.md", line: 1, code: 'import { stanceRank } from "coalition";\nstanceRank("maybe");' };
  const examples = [
    ...sourceFiles(join(root, "src")).flatMap((file) => tsdocExamples(file, root)),
    ...guideFiles(root).flatMap((file) => fencedBlocks(file, root).filter((block) => block.lang === "ts")),
  ];
  let errors: string[] = [];
  beforeAll(() => {
    errors = typeErrors([...examples, probe]);
  }, 120_000);

  it("every TSDoc @example and every ```ts block of the guides type-checks", () => {
    expect(examples.length).toBeGreaterThan(50);
    expect(errors.filter((error) => !error.startsWith("probe.md:"))).toEqual([]);
  });

  it("reports an example that does not compile", () => {
    const caught = errors.filter((error) => error.startsWith("probe.md:"));
    expect(caught).toHaveLength(1);
    expect(caught[0]).toMatch(/^probe\.md:1: Argument of type '"maybe"'/);
  });
});
