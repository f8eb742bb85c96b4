// The import graph of src/, checked: no import cycles (dpdm reads every import, type-only
// ones too), and the layering of docs/architecture.md (a folder imports only from its
// own layer and the layers below it; no folder reaches into another folder's internal/).
// Prints what is wrong and exits 1; prints one line and exits 0 when all is well.
// Usage: node scripts/check-imports.mjs [--root DIR] (DIR: a copy of the project, for tests)
import { parseCircular, parseDependencyTree } from "dpdm";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { LAYERS } from "./layers.mjs";

const rootFlag = process.argv.indexOf("--root");
const root = rootFlag >= 0 ? process.argv[rootFlag + 1] : join(dirname(fileURLToPath(import.meta.url)), "..");

// Cycles known to exist, to be removed: each "issuer -> dependency" pair is left out of the
// cycle check until the work that removes it lands. Keep this list empty.
const KNOWN_CYCLE_EDGES = [
  // The scenario engine's split into phases (branch scenario-phases) removes this one.
  ["src/scenario/internal/graph.ts", "src/scenario/internal/propagate.ts"],
];

/** The layer index of a module, or -1 for one in no layer. */
function layerOf(file) {
  let best = -1;
  let length = 0;
  LAYERS.forEach(([, paths], index) => {
    for (const path of paths) {
      if (file.startsWith(path) && path.length > length) {
        best = index;
        length = path.length;
      }
    }
  });
  return best;
}

/** The feature folder whose internal/ a module is in (`scenario` for src/scenario/internal/x.ts), or undefined. */
function internalOwner(file) {
  const match = /^src\/([^/]+)\/internal\//.exec(file);
  return match?.[1];
}

const tree = await parseDependencyTree("src/**/*.ts", { cwd: root, context: root, transform: false, skipDynamicImports: false });
const problems = [];

for (const [file, dependencies] of Object.entries(tree)) {
  if (dependencies === null || !file.startsWith("src/")) continue;
  const layer = layerOf(file);
  if (layer < 0) problems.push(`${file}: in no layer; place its folder in scripts/layers.mjs and docs/architecture.md`);
  for (const { id } of dependencies) {
    if (id === null || !id.startsWith("src/")) continue;
    const owner = internalOwner(id);
    if (owner !== undefined && !file.startsWith(`src/${owner}/`)) {
      problems.push(`${file} imports ${id}: another folder's internal/ (move what both need to src/internal, the kernel)`);
    }
    const target = layerOf(id);
    if (layer < 0 || target <= layer) continue;
    problems.push(`${file} (${LAYERS[layer][0]}) imports ${id} (${LAYERS[target][0]}), a layer above it`);
  }
}

// dpdm reads each pair as the source of a regular expression, "issuer:dependency".
const escape = (path) => path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const skipped = KNOWN_CYCLE_EDGES.map(([from, to]) => [escape(from), escape(to)]);
for (const cycle of parseCircular(tree, false, skipped)) problems.push(`import cycle: ${[...cycle, cycle[0]].join(" -> ")}`);

if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
console.log(`imports: ${Object.keys(tree).length} modules, no cycle, every import within its layers`);
