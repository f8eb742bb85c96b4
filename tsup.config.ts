import { defineConfig } from "tsup";
import { explorerScriptDefine } from "./scripts/explorer-page-script.mjs";

export default defineConfig(async () => {
  // The explorer page's script, bundled for the browser, which renderExplorerPage inlines.
  const define = await explorerScriptDefine();
  return [
    // The library: the zod-free core, scenarios, reports and the explorer (zod-free too), the
    // zod schemas and parser, and the seed fixtures.
    {
      entry: {
        index: "src/index.ts",
        scenario: "src/scenario.ts",
        report: "src/report.ts",
        explorer: "src/explorer.ts",
        "explorer-element": "src/explorer-element.ts",
        schema: "src/schema.ts",
        fixtures: "src/fixtures.ts",
        "condition-text": "src/condition-text.ts",
        // Datasets as tables: CSV and the Data Package (papaparse), and Parquet apart
        // (hyparquet-writer, an optional peer loaded on first use).
        interchange: "src/interchange.ts",
        parquet: "src/parquet.ts",
      },
      format: ["esm", "cjs"],
      dts: true,
      sourcemap: true,
      target: "es2022",
      splitting: true,
      treeshake: true,
      define,
    },
    // The `coalition` command: one file with zod and the calendar inside it, so that the bin
    // runs where the zod peer is not installed (`npx coalition`, a global install) and is
    // one file that imports only Node's own modules.
    {
      entry: { cli: "src/cli/main.ts" },
      format: ["esm"],
      platform: "node",
      target: "node20",
      // papaparse (for import and export) and the optional peer for Parquet are bundled too,
      // so that `coalition import` and `coalition export --format parquet` work without them.
      noExternal: ["zod", "date-fns", "@date-fns/utc", "papaparse", /^hyparquet/],
      banner: { js: "#!/usr/bin/env node" },
      define,
    },
  ];
});
