// The layering of src/, lowest first, as docs/architecture.md writes it: a module
// imports only from its own layer and the layers below it. scripts/check-imports.mjs
// checks every import against it; a test holds the page to it.

/** The layers, lowest first: a name and the paths it holds; a module belongs to the layer of the longest path that starts it. */
export const LAYERS = [
  // What the model itself is made of: the calendar, freezing, the built-in type table,
  // phrase folding, and the error (with the issues it carries).
  ["base", ["src/internal/dates/", "src/internal/errors.ts", "src/internal/deep-freeze.ts", "src/internal/builtin-types.ts", "src/internal/normalise-phrase.ts", "src/errors/", "src/parse/dataset-issue.ts"]],
  ["model", ["src/model/"]],
  ["kernel", ["src/internal/"]],
  ["schema", ["src/schema/"]],
  ["parse", ["src/parse/"]],
  ["condition-text", ["src/condition-text/"]],
  ["claims", ["src/claims/"]],
  ["aggregate", ["src/aggregate/"]],
  ["query", ["src/query/"]],
  ["scenario", ["src/scenario/"]],
  ["report", ["src/report/"]],
  ["interchange", ["src/interchange/"]],
  ["explorer", ["src/explorer/"]],
  ["entries", ["src/index.ts", "src/condition-text.ts", "src/schema.ts", "src/scenario.ts", "src/report.ts", "src/explorer.ts", "src/explorer-element.ts", "src/fixtures.ts", "src/interchange.ts", "src/parquet.ts"]],
  ["cli", ["src/cli/"]],
];

