import { defineConfig } from "vitest/config";
import { explorerScriptDefine } from "./scripts/explorer-page-script.mjs";

export default defineConfig({
  // The explorer page's script, bundled from the source as the build bundles it (tsup.config.ts).
  define: await explorerScriptDefine(),
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 60_000,
    // Type tests: *.test-d.ts files are type-checked with tsc (their `expectTypeOf` and
    // `@ts-expect-error` lines), never run, and reported beside the other tests.
    typecheck: {
      enabled: true,
      include: ["tests/**/*.test-d.ts"],
      tsconfig: "tests/tsconfig.typecheck.json",
    },
    // Enabled with `--coverage`, for the full run: a run of one test directory stays fast
    // without it, and its partial figures would miss the thresholds anyway.
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      exclude: [
        // Type-only modules: zod-inferred and hand-written types, erased at compile time,
        // so there is no statement, branch or function in them to execute.
        "src/**/types.ts",
        "src/model/types/**",
        "src/model/deep-readonly.ts",
      ],
      // text-summary for the totals; text lists only files below 100% (skipFull), with their
      // uncovered lines and names in full (maxCols), so a shortfall names its file.
      reporter: [["text-summary"], ["text", { skipFull: true, maxCols: 160 }]],
      thresholds: {
        lines: 100,
        branches: 100,
        functions: 100,
        statements: 100,
      },
    },
  },
});
