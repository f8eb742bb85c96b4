import { dirname, resolve as resolvePath } from "node:path";
import type { Dataset, ExtendsRef } from "../../model/types.js";
import { safeParseDataset, type SafeParseDatasetResult } from "../../parse/parse-dataset.js";
import { readJsonFile } from "./read-json-file.js";

/**
 * Reads and parses a dataset file on `bases` (the `--base` files, parsed), resolving
 * what it extends from the files its `extends` names: each `path` relative to the file
 * of the dataset that names it, so a chain may span folders. A ref without a path, or
 * whose file is missing or unreadable, is an issue of the result (`unresolved_extends`,
 * its message saying which file and why), as a cycle or a mismatched id is. A file that
 * cannot be read as JSON itself fails as readJsonFile does (a CliError).
 */
export function readDatasetFile(file: string, bases: readonly Dataset[], maxBytes: number): SafeParseDatasetResult {
  const input = readJsonFile(file, maxBytes);
  // The folder of each dataset read, by its id: its refs are relative to it.
  const folders = new Map<string, string>();
  const id = (input as { id?: unknown } | null)?.id;
  if (typeof id === "string") folders.set(id, dirname(file));
  const resolve = (ref: ExtendsRef, referrer: string): unknown => {
    if (ref.path === undefined) throw new Error(`it names no path, and no --base file is the dataset "${ref.id}"`);
    const path = resolvePath(folders.get(referrer) ?? dirname(file), ref.path);
    const document = readJsonFile(path, maxBytes);
    folders.set(ref.id, dirname(path));
    return document;
  };
  return safeParseDataset(input, { base: bases, resolve });
}
