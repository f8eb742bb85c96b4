/** The explorer page's script, minified (see explorer-page-script.mjs). */
export function explorerPageScript(): Promise<string>;
/** The `define` entry that hands the script to the library's source. */
export function explorerScriptDefine(): Promise<{ __COALITION_EXPLORER_SCRIPT__: string }>;
