import { defineConfig } from "tsup";

export default defineConfig([
  // The library: the zod-free core, scenarios and reports (zod-free too), the zod schemas and
  // parser, and the seed fixtures.
  {
    entry: {
      index: "src/index.ts",
      scenario: "src/scenario.ts",
      report: "src/report.ts",
      schema: "src/schema.ts",
      fixtures: "src/fixtures.ts",
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
  },
  // The `coalition` command.
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    platform: "node",
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
    // The optional peer for Parquet is bundled, so that `coalition export --format parquet` works without it.
    noExternal: [/^hyparquet/],
  },
]);
