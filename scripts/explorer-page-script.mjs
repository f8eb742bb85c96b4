// The explorer page's script: src/explorer/internal/page-main.ts and everything it imports
// (the library's own scenario and report code) bundled by esbuild into one minified script
// for the browser, as text. tsup.config.ts and vitest.config.ts give it to the library as
// the constant __COALITION_EXPLORER_SCRIPT__, which renderExplorerPage inlines into the page.
import { build } from "esbuild";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The page's script, minified: a function run once, which leaves no global behind. */
export async function explorerPageScript() {
  const result = await build({
    entryPoints: [join(root, "src/explorer/internal/page-main.ts")],
    bundle: true,
    minify: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    legalComments: "none",
    // ASCII only (esbuild's default): the page hashes exactly these bytes.
    charset: "ascii",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0].text.trimEnd();
}

/** The `define` entry that hands the script to the library's source. */
export async function explorerScriptDefine() {
  return { __COALITION_EXPLORER_SCRIPT__: JSON.stringify(await explorerPageScript()) };
}
