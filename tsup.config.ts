import { defineConfig } from "tsup";

// Three entries: the zod-free core, the zod schemas and parser, and the seed fixtures.
export default defineConfig({
  entry: { index: "src/index.ts", schema: "src/schema.ts", fixtures: "src/fixtures.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
  splitting: true,
  treeshake: true,
});
