// The explorer page's script as text, put in by the build: tsup.config.ts and
// vitest.config.ts define __COALITION_EXPLORER_SCRIPT__ as src/explorer/internal/page-main.ts
// bundled for the browser (scripts/explorer-page-script.mjs).
declare const __COALITION_EXPLORER_SCRIPT__: string;

/** The page's script, minified, ASCII only. */
export function pageScript(): string {
  return __COALITION_EXPLORER_SCRIPT__;
}
