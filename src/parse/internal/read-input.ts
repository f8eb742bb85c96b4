// The first reads of a parse: the document's own fields, and the bases in the options.
// Each is read once here; what follows reads only what these return.
import { LIMITS } from "../../model/limits.js";
import type { Dataset } from "../../model/types.js";
import { COLLECTION_NAMES } from "../../schema/dataset.js";
import { DATASET_HEADER } from "../../schema/dataset.js";
import type { DatasetIssue, PathSegment } from "../dataset-issue.js";
import { describe, describeKey } from "./from-zod-issues.js";
import type { IssueReport } from "./issue-sink.js";
import { isParsed } from "./parsed-datasets.js";
import { arrayLength } from "./snapshot.js";

/** The fields a dataset may have: its header's and its collections'. */
let knownFields: ReadonlySet<string> | undefined;

/**
 * The document's known fields, each read once, by name; unknown fields are reported
 * (every one, however many: which are listed must not depend on their order) and not
 * read. Undefined when the input is not an object or its keys cannot be read.
 * @internal
 */
export function readDocument(input: unknown, issues: IssueReport): Map<string, unknown> | undefined {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    issues.push({ code: "invalid_type", path: [], message: `a dataset must be an object, not ${describe(input)}` });
    return undefined;
  }
  let keys: string[];
  try {
    keys = Object.keys(input);
  } catch {
    issues.push(unreadable([]));
    return undefined;
  }
  knownFields ??= new Set([...Object.keys(DATASET_HEADER), ...COLLECTION_NAMES]);
  const fields = new Map<string, unknown>();
  for (const key of keys) {
    if (!knownFields.has(key)) {
      issues.push({ code: "unknown_field", path: [key], message: `${describeKey(key)} is not a field of a dataset; check its spelling` });
      continue;
    }
    try {
      fields.set(key, (input as Record<string, unknown>)[key]);
    } catch {
      issues.push(unreadable([key]));
    }
  }
  return fields;
}

/**
 * The bases of `options`, each a dataset this copy of the parser returned: those are
 * whole and frozen, so they are trusted as they are, and nothing the caller passed is
 * frozen or changed. Anything else (a hand-built dataset, a copy of a parsed one, the
 * options themselves not an object) is an issue at `(base)` or `(options)`, and is
 * left out.
 * @internal
 */
export function readBases(options: unknown, issues: IssueReport): Base[] {
  if (options === undefined) return [];
  if (typeof options !== "object" || options === null) {
    issues.push({ code: "invalid_type", path: ["(options)"], message: `the options must be an object, not ${describe(options)}` });
    return [];
  }
  let base: unknown;
  try {
    base = (options as { base?: unknown }).base;
    if (base === undefined) return [];
    if (!Array.isArray(base)) return checkedBase(base, 0, ["(base)"], issues);
    const length = arrayLength(base);
    if (length > LIMITS.listLength) {
      issues.push({ code: "too_long", path: ["(base)"], message: `base lists ${length} datasets, more than the limit of ${LIMITS.listLength}` });
      return [];
    }
    const bases: Base[] = [];
    for (let b = 0; b < length; b++) bases.push(...checkedBase(base[b] as unknown, b, ["(base)", b], issues));
    return bases;
  } catch {
    issues.push(unreadable(["(base)"]));
    return [];
  }
}

/** A base and its place in `options.base` (0 when it is not a list), which issues name. @internal */
export interface Base {
  readonly dataset: Dataset;
  readonly at: number;
}

/** The base, in a list of one when it is a parsed dataset; else an issue, and none. */
function checkedBase(base: unknown, at: number, path: readonly PathSegment[], issues: IssueReport): Base[] {
  if (isParsed(base)) return [{ dataset: base, at }];
  issues.push({
    code: "invalid_type",
    path,
    // Only what the parser returned was checked whole; a copy or a hand-built dataset was not.
    message: `the base is ${describe(base)}, not a dataset that parseDataset returned: parse it first`,
  });
  return [];
}

/** The issue for a value that threw when read: a getter, a Proxy, anything but plain data. @internal */
export function unreadable(path: readonly PathSegment[]): DatasetIssue {
  return {
    code: "invalid_type",
    path,
    message: "reading this value threw an exception; a dataset must be plain JSON data",
  };
}
